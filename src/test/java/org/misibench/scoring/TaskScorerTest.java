package org.misibench.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every expected score below is computed by hand from the rule named in the test. */
class TaskScorerTest {

    private static final double EPS = 1e-12;
    private final TaskScorer scorer = new TaskScorer();

    private double score(Task task, String truth, String prediction) {
        return scorer.score(task, truth, prediction).score();
    }

    private boolean exact(Task task, String truth, String prediction) {
        return scorer.score(task, truth, prediction).exactMatch();
    }

    // ---- T1 translation: R = 8 Å

    @Test
    void translationScoresByNormalisedError() {
        assertEquals(1.0, score(Task.TRANSLATION, "move x 3", "move x 3"), EPS);
        assertTrue(exact(Task.TRANSLATION, "move x 3", "MOVE X 3."));
        assertEquals(1 - 1 / 8.0, score(Task.TRANSLATION, "move x 3", "move x 2"), EPS);       // 0.875
        assertEquals(1 - 6 / 8.0, score(Task.TRANSLATION, "move x 3", "move x -3"), EPS);      // 0.25
        assertEquals(0.0, score(Task.TRANSLATION, "move y -4", "move y 4"), EPS);              // 1 - 8/8
        assertEquals(0.0, score(Task.TRANSLATION, "move y -4", "move y 20"), EPS);             // floored
        assertFalse(exact(Task.TRANSLATION, "move x 3", "move x 2"));
    }

    @Test
    void translationWithWrongAxisOrVerbOrTwoCommandsScoresZero() {
        assertEquals(0.0, score(Task.TRANSLATION, "move x 3", "move y 3"), EPS);
        assertEquals(0.0, score(Task.TRANSLATION, "move x 3", "roll x 3"), EPS);
        // decision: exactly one command; a second one voids the answer even if the first is right
        assertEquals(0.0, score(Task.TRANSLATION, "move x 3", "move x 3, move y 1"), EPS);
        assertEquals(0.0, score(Task.TRANSLATION, "move x 3", "move x 1, move x 2"), EPS);
    }

    // ---- T2 rotation: R = 180°

    @Test
    void rotationScoresByNormalisedError() {
        assertEquals(1.0, score(Task.ROTATION, "roll y -60", "roll y -60"), EPS);
        assertEquals(1 - 15 / 180.0, score(Task.ROTATION, "roll y -60", "roll y -45"), EPS);
        assertEquals(1 - 120 / 180.0, score(Task.ROTATION, "roll y -60", "roll y 60"), EPS);  // 1/3
        assertEquals(0.0, score(Task.ROTATION, "roll z 90", "roll z -90"), EPS);              // 1 - 180/180
        assertEquals(0.0, score(Task.ROTATION, "roll y -60", "roll x -60"), EPS);             // wrong axis
        assertEquals(0.0, score(Task.ROTATION, "roll y -60", "move y -60"), EPS);             // wrong verb
    }

    // ---- T3 zooming: exact match only

    @Test
    void zoomingIsExactMatch() {
        assertEquals(1.0, score(Task.ZOOMING, "move z 47", "move z 47"), EPS);
        assertEquals(0.0, score(Task.ZOOMING, "move z 47", "move z 46"), EPS);
        assertEquals(0.0, score(Task.ZOOMING, "move z 47", "move x 47"), EPS);
    }

    // ---- T5, T6, T8 multiple choice

    @Test
    void multipleChoiceIsExactMatch() {
        for (Task t : new Task[] {Task.TRANSLATION_ROTATION, Task.ROTATION_ROTATION, Task.INTERACTION_LOCATION}) {
            assertEquals(1.0, score(t, "C", "c"), EPS);
            assertTrue(exact(t, "C", "\"C\""));
            assertEquals(0.0, score(t, "C", "B"), EPS);
            assertFalse(exact(t, "C", "B"));
        }
    }

    // ---- T7 docking: 0.5 rotation (as T2) + 0.5 sign of the x move

    @Test
    void dockingAddsRotationAndTranslationHalves() {
        String truth = "roll x 75, move x -14";
        assertEquals(1.0, score(Task.LIGAND_DOCKING, truth, "roll x 75, move x -14"), EPS);
        assertTrue(exact(Task.LIGAND_DOCKING, truth, "roll x 75, move x -14"));
        // right sign, wrong distance: full translation half, not exact
        assertEquals(1.0, score(Task.LIGAND_DOCKING, truth, "roll x 75, move x -3"), EPS);
        assertFalse(exact(Task.LIGAND_DOCKING, truth, "roll x 75, move x -3"));
        // rotation off by 45°: 0.5 * (1 - 45/180) + 0.5 = 0.875
        assertEquals(0.875, score(Task.LIGAND_DOCKING, truth, "roll x 30, move x -14"), EPS);
        // wrong sign of the move: 0.5 * 1 + 0 = 0.5
        assertEquals(0.5, score(Task.LIGAND_DOCKING, truth, "roll x 75, move x 14"), EPS);
        // wrong rotation axis, right sign: 0 + 0.5
        assertEquals(0.5, score(Task.LIGAND_DOCKING, truth, "roll y 75, move x -1"), EPS);
        // wrong rotation axis and wrong sign: 0
        assertEquals(0.0, score(Task.LIGAND_DOCKING, truth, "roll z 75, move x 9"), EPS);
        // rotation off by 150° (75 vs -75): 0.5 * (1 - 150/180) = 1/12, wrong sign
        assertEquals(0.5 / 6, score(Task.LIGAND_DOCKING, truth, "roll x -75, move x 14"), EPS);
    }

    @Test
    void dockingSignRulesForPositiveTruthAndZeroOrOffAxisMoves() {
        String truth = "roll z 90, move x 9";
        assertEquals(1.0, score(Task.LIGAND_DOCKING, truth, "roll z 90, move x 1"), EPS);
        assertEquals(0.5, score(Task.LIGAND_DOCKING, truth, "roll z 90, move x -9"), EPS);
        assertEquals(0.5, score(Task.LIGAND_DOCKING, truth, "roll z 90, move x 0"), EPS);  // 0 has no sign
        assertEquals(0.5, score(Task.LIGAND_DOCKING, truth, "roll z 90, move y 9"), EPS);  // not an x move
    }

    @Test
    void dockingPartsNeedOneCommandEachButNotTheOrder() {
        String truth = "roll y -30, move x -12";
        // decision: order does not change the weighted score, but exact match needs the spec's order
        assertEquals(1.0, score(Task.LIGAND_DOCKING, truth, "move x -12, roll y -30"), EPS);
        assertFalse(exact(Task.LIGAND_DOCKING, truth, "move x -12, roll y -30"));
        // only the rotation: 0.5; only the translation: 0.5
        assertEquals(0.5, score(Task.LIGAND_DOCKING, truth, "roll y -30"), EPS);
        assertEquals(0.5, score(Task.LIGAND_DOCKING, truth, "move x -12"), EPS);
        // two rolls void the rotation half; the move still counts
        assertEquals(0.5, score(Task.LIGAND_DOCKING, truth, "roll y -30, roll x 15, move x -12"), EPS);
    }

    // ---- T4 residue-level H-bonds

    private static final String T4_TRUTH = "Yes: ARG NH2, O1B; ARG NE, O2G";

    @Test
    void residueBondsExactSetInAnyOrderAndCase() {
        assertEquals(1.0, score(Task.RESIDUE_HBONDS, T4_TRUTH, "yes: arg ne, o2g; arg nh2, o1b"), EPS);
        assertTrue(exact(Task.RESIDUE_HBONDS, T4_TRUTH, "yes: arg ne, o2g; arg nh2, o1b"));
    }

    @Test
    void residueBondsAllTruePlusExtrasScoreHalf() {
        // 2 true + 1 extra: 3 <= 4, all present -> 0.5 (not the share 2/3)
        assertEquals(0.5, score(Task.RESIDUE_HBONDS, T4_TRUTH,
                "Yes: ARG NH2, O1B; ARG NE, O2G; ARG NH1, O1B"), EPS);
        // 2 true + 2 extras: 4 = 2*2, not more than twice -> still 0.5
        assertEquals(0.5, score(Task.RESIDUE_HBONDS, T4_TRUTH,
                "Yes: ARG NH2, O1B; ARG NE, O2G; ARG NH1, O1B; ARG NH1, O2G"), EPS);
    }

    @Test
    void residueBondsMoreThanTwiceAsManyScoreZero() {
        // 5 listed > 2*2 -> 0 even though both true bonds are there
        assertEquals(0.0, score(Task.RESIDUE_HBONDS, T4_TRUTH,
                "Yes: ARG NH2, O1B; ARG NE, O2G; ARG NH1, O1B; ARG NH1, O2G; ARG NH2, O2G"), EPS);
    }

    @Test
    void residueBondsPartialListsScoreByTheDecidedShare() {
        // 1 of 2 true, nothing wrong: 1 / max(1, 2) = 0.5
        assertEquals(0.5, score(Task.RESIDUE_HBONDS, T4_TRUTH, "Yes: ARG NE, O2G"), EPS);
        // 1 right + 1 wrong of 2 true: 1 / 2 = 0.5 (the spec's share of predicted that are correct)
        assertEquals(0.5, score(Task.RESIDUE_HBONDS, T4_TRUTH, "Yes: ARG NE, O2G; ARG NH1, O1B"), EPS);
        // 1 right + 2 wrong of 2 true: 1 / 3
        assertEquals(1 / 3.0, score(Task.RESIDUE_HBONDS, T4_TRUTH,
                "Yes: ARG NE, O2G; ARG NH1, O1B; ARG NH1, O2G"), EPS);
        // nothing right: 0
        assertEquals(0.0, score(Task.RESIDUE_HBONDS, T4_TRUTH, "Yes: ARG NH1, O1B"), EPS);
        // ligand atom swapped between the two bonds: both wrong
        assertEquals(0.0, score(Task.RESIDUE_HBONDS, T4_TRUTH, "Yes: ARG NH2, O2G; ARG NE, O1B"), EPS);
    }

    @Test
    void residueBondsNoIsRightOnlyWhenThereIsNone() {
        assertEquals(1.0, score(Task.RESIDUE_HBONDS, "No", "no."), EPS);
        assertTrue(exact(Task.RESIDUE_HBONDS, "No", "NO"));
        assertEquals(0.0, score(Task.RESIDUE_HBONDS, "No", "Yes: ARG NE, O2G"), EPS);
        assertEquals(0.0, score(Task.RESIDUE_HBONDS, T4_TRUTH, "No"), EPS);
    }

    // ---- T9 pocket-level H-bonds

    private static final String T9_TRUTH = "ARG 45 NH2 A, O1B; LYS 47 NZ A, O1A; SER 184A OG A, O3G";

    @Test
    void pocketBondsFollowTheSameRules() {
        assertEquals(1.0, score(Task.POCKET_HBONDS, T9_TRUTH, "ser 184a og a, o3g; lys 47 nz a, o1a; arg 45 nh2 a, o1b"), EPS);
        // insertion code matters: 184 is not 184A -> 2 right of 3 listed, 3 true: 2/3
        assertEquals(2 / 3.0, score(Task.POCKET_HBONDS, T9_TRUTH,
                "ARG 45 NH2 A, O1B; LYS 47 NZ A, O1A; SER 184 OG A, O3G"), EPS);
        // chain matters too
        assertEquals(2 / 3.0, score(Task.POCKET_HBONDS, T9_TRUTH,
                "ARG 45 NH2 B, O1B; LYS 47 NZ A, O1A; SER 184A OG A, O3G"), EPS);
        // all 3 + 3 extras = 6 = 2*3 -> 0.5
        assertEquals(0.5, score(Task.POCKET_HBONDS, T9_TRUTH, T9_TRUTH
                + "; VAL 22 O A, N1; VAL 22 O A, N2; PHE 24 N A, O6"), EPS);
        // all 3 + 4 extras = 7 > 6 -> 0
        assertEquals(0.0, score(Task.POCKET_HBONDS, T9_TRUTH, T9_TRUTH
                + "; VAL 22 O A, N1; VAL 22 O A, N2; PHE 24 N A, O6; ARG 44 N A, O3G"), EPS);
        // 1 of 3, nothing wrong: 1/3
        assertEquals(1 / 3.0, score(Task.POCKET_HBONDS, T9_TRUTH, "LYS 47 NZ A, O1A"), EPS);
        // 2 right + 2 wrong of 3 true: 2/4
        assertEquals(0.5, score(Task.POCKET_HBONDS, T9_TRUTH,
                "ARG 45 NH2 A, O1B; LYS 47 NZ A, O1A; VAL 22 O A, N1; VAL 22 O A, N2"), EPS);
        assertEquals(0.0, score(Task.POCKET_HBONDS, T9_TRUTH, "No"), EPS);
        assertEquals(1.0, score(Task.POCKET_HBONDS, "No", "No"), EPS);
        assertEquals(0.0, score(Task.POCKET_HBONDS, "No", "VAL 22 O A, N1"), EPS);
    }

    // ---- unparsable predictions and malformed truths

    @Test
    void unparsablePredictionScoresZeroAndIsFlagged() {
        ItemScore s = scorer.score(Task.TRANSLATION, "move x 3", "move x 3.0");
        assertEquals(0.0, s.score(), EPS);
        assertFalse(s.exactMatch());
        assertTrue(s.unparsable());
        assertTrue(scorer.score(Task.RESIDUE_HBONDS, "No", "I think there is no bond").unparsable());
        assertTrue(scorer.score(Task.INTERACTION_LOCATION, "A", null).unparsable());
        assertFalse(scorer.score(Task.TRANSLATION, "move x 3", "move y 3").unparsable());
    }

    @Test
    void malformedTruthIsABugAndThrows() {
        assertThrows(IllegalArgumentException.class, () -> score(Task.TRANSLATION, "move x 3.0", "move x 3"));
        assertThrows(IllegalArgumentException.class, () -> score(Task.TRANSLATION, "move x 3, move y 1", "move x 3"));
        assertThrows(IllegalArgumentException.class, () -> score(Task.LIGAND_DOCKING, "move x -14", "move x -14"));
        assertThrows(IllegalArgumentException.class,
                () -> scorer.score(Task.ZOOMING, new Answer.Choice('A'), Parsed.ok(new Answer.Choice('A'))));
    }

    @Test
    void everyScoreLiesInTheUnitInterval() {
        String[] predictions = {"move x -4", "move x 4", "roll y 90", "roll y -90", "move x 100", "roll x 1000"};
        for (String p : predictions) {
            double s = score(Task.TRANSLATION, "move x 4", p);
            assertTrue(s >= 0 && s <= 1, p);
            s = score(Task.ROTATION, "roll y -90", p);
            assertTrue(s >= 0 && s <= 1, p);
        }
    }
}
