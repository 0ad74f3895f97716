package org.misibench.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misibench.item.Split;

class RunPlanTest {

    private static final List<String> IDS = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n");

    @Test
    void theTestFractionIsRoundedAndTheSplitDependsOnlyOnIdsAndSeed() {
        Map<String, Split> splits = SplitAssigner.byFraction(IDS, 0.1227, 7);
        assertEquals(2, splits.values().stream().filter(s -> s == Split.TEST).count(), "round(14 × 0.1227) = 2");
        List<String> reversed = new java.util.ArrayList<>(IDS);
        java.util.Collections.reverse(reversed);
        assertEquals(splits, SplitAssigner.byFraction(reversed, 0.1227, 7), "input order does not matter");
        assertEquals(1, SplitAssigner.byFraction(List.of("a", "b"), 0.1227, 7).values().stream()
                .filter(s -> s == Split.TEST).count(), "at least one test complex in a small run");
    }

    @Test
    void ranksCountWithinASplitAndT5TargetsAreTheNextComplexOfTheSameSplit() {
        RunPlan plan = RunPlan.of(Map.of("a", Split.TRAIN, "b", Split.TEST, "c", Split.TRAIN, "d", Split.TRAIN));
        assertEquals(0, plan.entry("a").rank());
        assertEquals(1, plan.entry("c").rank());
        assertEquals(2, plan.entry("d").rank());
        assertEquals(0, plan.entry("b").rank());
        assertEquals(Optional.of("c"), plan.entry("a").t5Target());
        assertEquals(Optional.of("a"), plan.entry("d").t5Target(), "cyclic");
        assertEquals(Optional.of("c"), plan.entry("b").t5Target(), "alone in its split: the next complex overall");
        assertEquals(Optional.empty(), RunPlan.of(Map.of("a", Split.TRAIN)).entry("a").t5Target());
    }

    @Test
    void aSplitFileNamesTestComplexesAndBadLinesNameFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("split.txt");
        Files.writeString(file, "# test set\nb test\nc train\n");
        Map<String, Split> splits = SplitAssigner.fromFile(file, List.of("a", "b", "c"));
        assertEquals(Map.of("a", Split.TRAIN, "b", Split.TEST, "c", Split.TRAIN), splits);
        Files.writeString(file, "b test\nc validation\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SplitAssigner.fromFile(file, List.of("a")));
        assertTrue(e.getMessage().startsWith(file + ":2: unknown split 'validation'"), e.getMessage());
    }
}
