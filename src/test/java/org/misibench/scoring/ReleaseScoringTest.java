package org.misibench.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written release {@code scoring/small-release} scored with {@code scoring/small-predictions.jsonl}.
 * Every expected figure is worked out by hand from the two files in the comments (spec §6 rules as
 * {@link TaskScorer} documents them); the line numbers are those of the predictions file.
 */
class ReleaseScoringTest {

    private static final double EPS = 1e-9;

    static Path resource(String name) {
        try {
            return Path.of(ReleaseScoringTest.class.getResource("/scoring/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReleaseScore scoreTestSplit() throws ScoringInputException {
        List<GroundTruth> items = ReleaseItems.read(resource("small-release"), List.of("test"));
        return ReleaseScoring.score(items, Predictions.read(resource("small-predictions.jsonl")));
    }

    private static void assertStats(ScoreStats s, int count, double score, double exact, int unparsable) {
        assertEquals(count, s.count(), "count");
        assertEquals(score, s.meanScorePercent(), EPS, "weighted score");
        assertEquals(exact, s.exactMatchPercent(), EPS, "exact match");
        assertEquals(unparsable, s.unparsableCount(), "unparsable");
    }

    @Test
    void everyTaskScoresAsWorkedOutByHand() throws Exception {
        ScoreReport r = scoreTestSplit().report();
        // T1 move x 3 <- "move x 3": 1, exact (the later duplicate "move x -3" on line 31 is ignored)
        //    move y -2 <- " MOVE  Y  -4 ": case and spaces forgiven, 1 - 2/8 = 0.75
        //    move x 4 <- "move y 4": wrong axis, 0            -> 1.75/3, exact 1/3
        assertStats(r.stats(Task.TRANSLATION), 3, 175.0 / 3, 100.0 / 3, 0);
        // T2 roll z 45 <- "roll z 45.": trailing period forgiven, 1, exact
        //    roll y -60 <- "roll y 30": off by 90°, 1 - 90/180 = 0.5
        //    roll x 90 <- "roll x 90 degrees": unparsable, 0  -> 1.5/3, exact 1/3
        assertStats(r.stats(Task.ROTATION), 3, 50.0, 100.0 / 3, 1);
        // T3 move z 47 <- "move z 47": 1; move z 52 <- "move z 50": exact match only, 0
        assertStats(r.stats(Task.ZOOMING), 2, 50.0, 50.0, 0);
        // T4 RL+ {ARG NH2-O1B, ARG NE-O2G} <- same set, lower case, other order: 1, exact
        //    RL+ {SER OG-O2P} <- {SER OG-O2P, SER N-O2P}: all true plus an extra, 2 <= 2*1: 0.5
        //    RL+ {THR OG1-O3} <- 3 bonds > 2*1: 0
        //    RL- No <- "No": 1, exact;  RL- No <- "Yes: GLY N, O1": 0
        //    -> (1 + 0.5 + 0 + 1 + 0)/5 = 50 %, exact 2/5
        assertStats(r.stats(Task.RESIDUE_HBONDS), 5, 50.0, 40.0, 0);
        assertStats(r.stats(ScoreColumn.RESIDUE_HBONDS_POSITIVE), 3, 50.0, 100.0 / 3, 0);
        assertStats(r.stats(ScoreColumn.RESIDUE_HBONDS_NEGATIVE), 2, 50.0, 50.0, 0);
        // T5 A <- "a": 1; C <- "B": 0
        assertStats(r.stats(Task.TRANSLATION_ROTATION), 2, 50.0, 50.0, 0);
        // T6 D <- "\"D\"": quotes forgiven, 1; B <- "The answer is B": prose is not forgiven, unparsable
        assertStats(r.stats(Task.ROTATION_ROTATION), 2, 50.0, 50.0, 1);
        // T7 roll x 75, move x -14 <- roll x 30, move x -14: 0.5 * (1 - 45/180) + 0.5 = 0.875
        //    roll y -30, move x 12 <- the same: 1, exact
        //    roll z 90, move x -9 <- roll z 90, move x 9: rotation right, sign wrong: 0.5
        //    -> 2.375/3, exact 1/3
        assertStats(r.stats(Task.LIGAND_DOCKING), 3, 237.5 / 3, 100.0 / 3, 0);
        // T8 B <- "B": 1; D <- "A": 0; A: its line (23) is malformed, so missing, 0 -> 1/3
        assertStats(r.stats(Task.INTERACTION_LOCATION), 3, 100.0 / 3, 100.0 / 3, 0);
        // T9 {ARG 45 NH2 A-O1B, LYS 47 NZ A-O1A} <- same set, lower case, other order: 1, exact
        //    {SER 10 OG A-O2P} <- plus THR 11 N A-O1P: all true plus an extra: 0.5
        //    {THR 59 O A-O2'} <- 3 bonds > 2*1: 0
        //    No <- "No": 1, exact
        //    {HIS 64 NE2 B-O1} <- "HIS 64 NE2 B, O1;": an empty bond after ';', unparsable, 0
        //    -> 2.5/5, exact 2/5
        assertStats(r.stats(Task.POCKET_HBONDS), 5, 50.0, 40.0, 1);
    }

    @Test
    void averagesLeaveOutT5AndT6() throws Exception {
        ScoreReport r = scoreTestSplit().report();
        // paper columns Tr, Rot, Zoom, RL+, RL-, Dock, Loc, PL:
        // (175/3 + 50 + 50 + 50 + 50 + 237.5/3 + 100/3 + 50) / 8 = (250 + 512.5/3) / 8 = 52.6041666...
        assertEquals((250.0 + 512.5 / 3) / 8, r.headlineAverage(), EPS);
        // the seven tasks T1-T4, T7-T9: (175/3 + 50 + 50 + 50 + 237.5/3 + 100/3 + 50) / 7 = 52.976...
        assertEquals((200.0 + 512.5 / 3) / 7, r.taskAverage(), EPS);
        // exact match over the same columns: (100/3 * 5 + 50 + 50 + 40) / 8 = 38.333...
        assertEquals((500.0 / 3 + 140) / 8, r.headlineExactMatchAverage(), EPS);
    }

    @Test
    void countsWhatCouldNotBeScored() throws Exception {
        ReleaseScore s = scoreTestSplit();
        assertEquals(28, s.items());                        // 3+3+2+5+2+2+3+3+5 test items
        assertEquals(List.of("t1-ffffffffffffffff"), s.unknownIds());
        assertEquals(List.of("t1-311168262124b0c6"), s.duplicateIds());
        assertEquals(1, s.missing());                       // T8's third item, whose line is broken
        assertEquals(1, s.missing(Task.INTERACTION_LOCATION));
        assertEquals(3, s.unparsable());                    // T2, T6, T9 one each
        Path file = resource("small-predictions.jsonl");
        List<LineProblem> bad = s.malformedLines();
        assertEquals(3, bad.size(), bad.toString());       // line 29 is blank and skipped silently
        assertEquals(file, bad.get(0).file());
        assertEquals(List.of(23, 32, 33), bad.stream().map(LineProblem::line).toList());
        assertEquals("not valid JSON: the line ends inside the JSON value", bad.get(0).reason());   // no '}'

        assertEquals("not a JSON object but array", bad.get(1).reason());
        assertEquals("no string 'prediction' for t3-e529b22f77ade863", bad.get(2).reason());
        assertEquals(file + ":32: not a JSON object but array", bad.get(1).toString());
    }

    @Test
    void theTrainSplitHasItsOwnItemsAndTheTestPredictionsAreUnknownThere() throws Exception {
        List<GroundTruth> train = ReleaseItems.read(resource("small-release"), List.of("train"));
        ReleaseScore s = ReleaseScoring.score(train, Predictions.read(resource("small-predictions.jsonl")));
        assertEquals(3, s.items());                         // T1 x2, T3 x1
        assertEquals(3, s.missing());
        assertEquals(28, s.unknownIds().size());            // 27 test ids with a readable line + t1-fff...
        assertStats(s.report().stats(Task.TRANSLATION), 2, 0.0, 0.0, 0);
        assertTrue(s.report().stats(Task.ROTATION).isEmpty());
    }

    @Test
    void allSplitsReadTrainThenTestTaskByTask() throws Exception {
        List<GroundTruth> all = ReleaseItems.read(resource("small-release"), ReleaseItems.SPLITS);
        assertEquals(31, all.size());
        assertEquals(List.of("train", "train", "test", "test", "test"),
                all.subList(0, 5).stream().map(GroundTruth::split).toList());
        assertEquals(new TaskScorer().parseTruth(Task.TRANSLATION, "move y 1"), all.get(0).truth());
    }
}
