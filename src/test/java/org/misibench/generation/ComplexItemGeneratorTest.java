package org.misibench.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.misibench.chemistry.hbond.HBondFinder;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.PreparedComplex;
import org.misibench.item.Split;
import org.misibench.scoring.Task;
import org.misibench.source.BundledSample;
import org.misibench.task.BondAnswers;
import org.misibench.task.GenerationSettings;
import org.misibench.task.ItemDraft;

/** The spec's per-complex counts (§5), train and test, from the shipped default settings. */
class ComplexItemGeneratorTest {

    private final GenerationSettings settings = GenerationSettings.defaults(new Properties());
    private final ComplexItemGenerator generator = new ComplexItemGenerator(settings, EnumSet.allOf(Task.class));

    @Test
    void trainAndTestComplexesGetTheSpecsCountsPerTask() throws Exception {
        PreparedComplex complex = ComplexPreparer.prepare(BundledSample.complex("1aku"));
        PreparedComplex target = ComplexPreparer.prepare(BundledSample.complex("2BSM_BSM"));
        int distinctBonds = (int) HBondFinder.find(complex, ComplexItemGenerator.CRITERIA).stream()
                .map(BondAnswers::pocketLevel).distinct().count();

        Map<Task, Long> train = count(generator.generate(complex,
                new RunPlan.Entry("1aku", Split.TRAIN, 3, Optional.of("2BSM_BSM")), Optional.of(target)));
        assertEquals(4L, train.get(Task.TRANSLATION), "2 per axis, x and y");
        assertEquals(6L, train.get(Task.ROTATION), "2 per axis, x, y and z");
        assertEquals(4L, train.get(Task.ZOOMING));
        assertEquals(6L, train.get(Task.TRANSLATION_ROTATION));
        assertEquals(6L, train.get(Task.ROTATION_ROTATION));
        assertEquals(6L, train.get(Task.LIGAND_DOCKING));
        assertEquals((long) Math.min(distinctBonds, settings.t8MaxPerComplex()), train.get(Task.INTERACTION_LOCATION));
        assertEquals(1L, train.get(Task.POCKET_HBONDS));
        assertEquals(0, train.get(Task.RESIDUE_HBONDS) % 2, "as many negatives as positives");

        Map<Task, Long> test = count(generator.generate(complex,
                new RunPlan.Entry("1aku", Split.TEST, 0, Optional.empty()), Optional.empty()));
        assertEquals(2L, test.get(Task.TRANSLATION));
        assertEquals(3L, test.get(Task.ROTATION));
        assertEquals(2L, test.get(Task.ZOOMING));
        assertEquals(null, test.get(Task.TRANSLATION_ROTATION), "no target complex, no T5");
        assertEquals(3L, test.get(Task.ROTATION_ROTATION));
        assertEquals(3L, test.get(Task.LIGAND_DOCKING));
        assertEquals(1L, test.get(Task.POCKET_HBONDS));
    }

    @Test
    void itemIdsAreUniqueAndStable() throws Exception {
        PreparedComplex complex = ComplexPreparer.prepare(BundledSample.complex("1aku"));
        RunPlan.Entry plan = new RunPlan.Entry("1aku", Split.TRAIN, 0, Optional.empty());
        List<String> first = generator.generate(complex, plan, Optional.empty()).stream().map(ItemDraft::id).toList();
        List<String> again = generator.generate(complex, plan, Optional.empty()).stream().map(ItemDraft::id).toList();
        assertEquals(first, again);
        assertEquals(first.size(), first.stream().distinct().count(), "no two items share an id");
        assertTrue(first.stream().allMatch(id -> id.matches("t[1-9]-[0-9a-f]{16}")), first.toString());
    }

    private static Map<Task, Long> count(List<ItemDraft> drafts) {
        return drafts.stream().collect(Collectors.groupingBy(ItemDraft::task, Collectors.counting()));
    }
}
