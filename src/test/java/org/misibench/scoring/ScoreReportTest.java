package org.misibench.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The report's figures for a small hand-scored run, worked out by hand in the comments. */
class ScoreReportTest {

    private static final double EPS = 1e-9;
    private final TaskScorer scorer = new TaskScorer();
    private final ScoreReport report = new ScoreReport();

    private void add(Task task, String truth, String prediction) {
        Answer t = scorer.parseTruth(task, truth);
        report.add(task, t, scorer.score(task, truth, prediction));
    }

    private void addRun() {
        // T1: 1, 1 - 2/8 = 0.75, 0 (axis), 0 (unparsable) -> mean 1.75/4 = 43.75 %, exact 1/4
        add(Task.TRANSLATION, "move x 3", "move x 3");
        add(Task.TRANSLATION, "move x 3", "move x 1");
        add(Task.TRANSLATION, "move x 3", "move y 3");
        add(Task.TRANSLATION, "move x 3", "move x three");
        // T2: 1, 1 - 15/180 = 11/12 -> mean 23/24, exact 1/2
        add(Task.ROTATION, "roll y -60", "roll y -60");
        add(Task.ROTATION, "roll y -60", "roll y -45");
        // T3: 1, 0 -> 50 %
        add(Task.ZOOMING, "move z 47", "move z 47");
        add(Task.ZOOMING, "move z 47", "move z 50");
        // T4 positive: 1 of 2 bonds -> 0.5; T4 negatives: 1 and 0
        add(Task.RESIDUE_HBONDS, "Yes: ARG NH2, O1B; ARG NE, O2G", "Yes: ARG NE, O2G");
        add(Task.RESIDUE_HBONDS, "No", "No");
        add(Task.RESIDUE_HBONDS, "No", "Yes: ARG NE, O2G");
        // T5 right, T6 wrong: both outside the headline average
        add(Task.TRANSLATION_ROTATION, "A", "A");
        add(Task.ROTATION_ROTATION, "C", "B");
        // T7: 0.5 * (1 - 45/180) + 0.5 = 0.875
        add(Task.LIGAND_DOCKING, "roll x 75, move x -14", "roll x 30, move x -14");
        // T8: right
        add(Task.INTERACTION_LOCATION, "C", "c");
        // T9: no items yet
    }

    @Test
    void perTaskFigures() {
        addRun();
        assertEquals(new ScoreStats(4, 43.75, 25.0, 1), report.stats(Task.TRANSLATION));
        ScoreStats rot = report.stats(Task.ROTATION);
        assertEquals(2, rot.count());
        assertEquals(100.0 * 23 / 24, rot.meanScorePercent(), EPS);
        assertEquals(50.0, rot.exactMatchPercent(), EPS);
        assertEquals(new ScoreStats(2, 50.0, 50.0, 0), report.stats(Task.ZOOMING));
        ScoreStats t4 = report.stats(Task.RESIDUE_HBONDS);           // (0.5 + 1 + 0) / 3
        assertEquals(3, t4.count());
        assertEquals(50.0, t4.meanScorePercent(), EPS);
        assertEquals(100.0 / 3, t4.exactMatchPercent(), EPS);
        assertEquals(new ScoreStats(1, 100.0, 100.0, 0), report.stats(Task.TRANSLATION_ROTATION));
        assertEquals(new ScoreStats(1, 0.0, 0.0, 0), report.stats(Task.ROTATION_ROTATION));
        assertEquals(new ScoreStats(1, 87.5, 0.0, 0), report.stats(Task.LIGAND_DOCKING));
        assertEquals(new ScoreStats(1, 100.0, 100.0, 0), report.stats(Task.INTERACTION_LOCATION));
        assertTrue(report.stats(Task.POCKET_HBONDS).isEmpty());
        assertTrue(Double.isNaN(report.stats(Task.POCKET_HBONDS).meanScorePercent()));
    }

    @Test
    void residueTaskIsSplitIntoPositiveAndNegativeColumns() {
        addRun();
        assertEquals(new ScoreStats(1, 50.0, 0.0, 0), report.stats(ScoreColumn.RESIDUE_HBONDS_POSITIVE));
        assertEquals(new ScoreStats(2, 50.0, 50.0, 0), report.stats(ScoreColumn.RESIDUE_HBONDS_NEGATIVE));
    }

    @Test
    void averagesExcludeT5T6AndEmptyGroups() {
        addRun();
        double rot = 100.0 * 23 / 24;
        // columns Tr, Rot, Zoom, RL+, RL-, Dock, Loc (PL empty):
        double headline = (43.75 + rot + 50 + 50 + 50 + 87.5 + 100) / 7;          // 68.1547...
        assertEquals(headline, report.headlineAverage(), EPS);
        // tasks T1, T2, T3, T4, T7, T8
        assertEquals((43.75 + rot + 50 + 50 + 87.5 + 100) / 6, report.taskAverage(), EPS);  // 71.1805...
        // exact: Tr 25, Rot 50, Zoom 50, RL+ 0, RL- 50, Dock 0, Loc 100
        assertEquals(275.0 / 7, report.headlineExactMatchAverage(), EPS);

        add(Task.POCKET_HBONDS, "No", "No");                                       // PL 100
        assertEquals((43.75 + rot + 50 + 50 + 50 + 87.5 + 100 + 100) / 8, report.headlineAverage(), EPS);
        assertEquals((43.75 + rot + 50 + 50 + 87.5 + 100 + 100) / 7, report.taskAverage(), EPS);
    }

    @Test
    void emptyReportHasNoAverage() {
        assertTrue(Double.isNaN(report.headlineAverage()));
        assertTrue(Double.isNaN(report.taskAverage()));
        assertEquals(0, report.stats(Task.TRANSLATION).count());
    }

    @Test
    void publishedRowsCarryTheSpecsHeadlinesAndTheirColumnsAgree() {
        assertEquals(81.18, ReferenceRow.HUMANS.headlineAverage(), 0.0);
        assertEquals(62.96, ReferenceRow.FINE_TUNED_7B.headlineAverage(), 0.0);
        assertEquals(2, report.referenceRows().size());
        for (ReferenceRow row : ReferenceRow.published()) {
            double mean = row.weightedScores().entrySet().stream()
                    .filter(e -> e.getKey().inHeadlineAverage())
                    .mapToDouble(e -> e.getValue()).average().orElseThrow();
            // humans: 649.50 / 8 = 81.1875; 7B: 503.70 / 8 = 62.9625 (the paper rounds its inputs)
            assertEquals(row.headlineAverage(), mean, 0.01, row.name());
        }
    }
}
