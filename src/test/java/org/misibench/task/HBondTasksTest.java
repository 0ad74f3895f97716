package org.misibench.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misibench.chemistry.hbond.CriteriaProfile;
import org.misibench.chemistry.hbond.HBond;
import org.misibench.chemistry.hbond.HBondFinder;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.PreparedComplex;
import org.misibench.scene.ComplexSceneBuilder;
import org.misibench.scene.ComplexViews;
import org.misibench.scoring.Task;
import org.misibench.scoring.TaskScorer;
import org.misibench.source.BundledSample;
import org.misibench.structure.Atom;

/** T9 and T4 answers agree with the H-bond finder, written out independently here. */
class HBondTasksTest {

    private static PreparedComplex complex;
    private static List<HBond> bonds;

    @BeforeAll
    static void prepare() throws Exception {
        complex = ComplexPreparer.prepare(BundledSample.complex("1aku"));
        bonds = HBondFinder.find(complex, CriteriaProfile.CHIMERAX_RELAXED);
    }

    @Test
    void t9AnswersEveryPocketLigandBondOnceAtPocketLevel() {
        ItemDraft item = HBondTasks.pocketBonds(complex, bonds,
                ComplexViews.of(ComplexSceneBuilder.pocketAndLigand(complex), 512, 512), 1);
        Set<String> expected = new HashSet<>();
        for (HBond b : bonds) {
            Atom p = b.donorInLigand() ? b.acceptor() : b.donor();
            Atom l = b.donorInLigand() ? b.donor() : b.acceptor();
            expected.add(p.residue().name() + " " + p.residue().number() + " " + p.name() + " " + p.residue().chain()
                    + ", " + l.name());
        }
        assertEquals(expected, new HashSet<>(Arrays.asList(item.answer().split("; "))));
        assertTrue(expected.contains("THR 59 O A, O2'"), "the literature contact is in the answer");
        assertEquals(6, item.images().size());
        assertEquals(1.0, new TaskScorer().score(Task.POCKET_HBONDS, item.answer(), item.answer()).score());
    }

    @Test
    void t4HasEveryBondedResidueAndAsManyWithoutBondsHalfOfThemHard() {
        List<ItemDraft> items = HBondTasks.residueBonds(complex, bonds, 256, 256, 0.5, 9);
        Set<String> bonded = bonds.stream().map(b -> b.pocketAtom().residue().toString()).collect(Collectors.toSet());
        List<ItemDraft> positives = items.stream().filter(i -> i.answer().startsWith("Yes: ")).toList();
        List<ItemDraft> negatives = items.stream().filter(i -> i.answer().equals("No")).toList();
        assertEquals(items.size(), positives.size() + negatives.size());
        // 1aku's bonds include a sulfate; T4 asks about amino acids only
        long bondedAminoAcids = bonded.stream().filter(r -> complex.pocket().atoms().stream()
                .anyMatch(a -> a.residue().toString().equals(r) && !a.hetero())).count();
        assertEquals(bondedAminoAcids, positives.size());
        assertEquals(positives.size(), negatives.size(), "as many negatives as positives");
        for (ItemDraft p : positives) {
            String residue = p.parameters().get("residue");
            Set<String> expected = bonds.stream().filter(b -> b.pocketAtom().residue().toString().equals(residue))
                    .map(b -> b.pocketAtom().residue().name() + " " + b.pocketAtom().name() + ", " + b.ligandAtom().name())
                    .collect(Collectors.toSet());
            assertEquals(expected, new HashSet<>(Arrays.asList(p.answer().substring(5).split("; "))), residue);
        }
        long hard = 0;
        for (ItemDraft n : negatives) {
            String residue = n.parameters().get("residue");
            assertTrue(!bonded.contains(residue), residue + " has no bond");
            boolean contact = HBondTasks.polarContact(complex, complex.pocketResidues().stream()
                    .filter(r -> r.toString().equals(residue)).findFirst().orElseThrow());
            assertEquals(contact ? "hard" : "easy", n.parameters().get("negative"), residue);
            hard += contact ? 1 : 0;
        }
        // independently: the unbonded amino acids with and without a polar contact
        long availableHard = 0;
        long availableEasy = 0;
        for (var r : complex.pocketResidues()) {
            boolean aminoAcid = complex.pocket().atoms().stream().anyMatch(a -> a.residue().equals(r) && !a.hetero());
            if (aminoAcid && !bonded.contains(r.toString())) {
                if (HBondTasks.polarContact(complex, r)) {
                    availableHard++;
                } else {
                    availableEasy++;
                }
            }
        }
        long wanted = Math.max(Math.round(positives.size() * 0.5), positives.size() - availableEasy);
        assertEquals(Math.min(availableHard, wanted), hard, "half of the negatives hard, as far as there are any");
        for (ItemDraft i : items) {
            assertEquals(6, i.images().size());
            assertTrue(i.images().get(0).sceneKey().startsWith("residue "), "one residue and the ligand");
            assertTrue(i.question().contains(i.parameters().get("residue").split(" ")[0]), "the question names the residue");
        }
    }
}
