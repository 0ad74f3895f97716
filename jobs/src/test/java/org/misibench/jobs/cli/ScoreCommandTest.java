package org.misibench.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code misi score} run in-process through the real {@link Misi} command line, on the hand-written
 * release and predictions of the core's scoring tests (whose expected scores are worked out in
 * {@code ReleaseScoringTest}).
 */
class ScoreCommandTest {

    private static final Path RELEASE = Path.of("../src/test/resources/scoring/small-release").toAbsolutePath().normalize();
    private static final Path PREDICTIONS = Path.of("../src/test/resources/scoring/small-predictions.jsonl").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run misi(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Misi()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** {@code misi score} on the hand-written release and predictions, with extra options. */
    private static Run score(String... extra) {
        List<String> args = new ArrayList<>(List.of("score", "--release", RELEASE.toString(), "--predictions",
                PREDICTIONS.toString()));
        args.addAll(List.of(extra));
        return misi(args.toArray(String[]::new));
    }

    @Test
    void printsTheTaskTableTheAverageTheReferenceRowsAndTheCounts() {
        Run run = score();
        assertEquals(0, run.exitCode, run.err);
        assertEquals("", run.err);
        String out = run.out;
        assertTrue(out.contains("split test (28 items)"), out);
        // task, title, items, score %, exact %, unparsable, missing (figures from ReleaseScoringTest)
        assertTrue(out.contains("T1    Translation                       3    58.33    33.33           0        0"), out);
        assertTrue(out.contains("T2    Rotation                          3    50.00    33.33           1        0"), out);
        assertTrue(out.contains("T7    Ligand docking                    3    79.17    33.33           0        0"), out);
        assertTrue(out.contains("T8    Interaction location              3    33.33    33.33           0        1"), out);
        assertTrue(out.contains("average without T5/T6: 52.60 (exact match 38.33) over the paper's columns, "
                + "T4 as RL+ and RL-; 52.98 over tasks"), out);
        // this run beside humans and the fine-tuned 7B model, column by column
        assertTrue(out.lines().anyMatch(l -> l.matches("Dock +79\\.17 +74\\.54 +24\\.94")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("avg +52\\.60 +81\\.18 +62\\.96")), out);
        assertTrue(out.contains("not scored as answered: 1 unknown id, 1 missing (scored 0), 3 unparsable (scored 0), "
                + "1 duplicate id (first counted), 3 malformed lines"), out);
        assertTrue(out.contains("  unknown id: t1-ffffffffffffffff"), out);
        assertTrue(out.contains("  duplicate id: t1-311168262124b0c6"), out);
        assertTrue(out.contains("  malformed line: " + PREDICTIONS + ":32: not a JSON object but array"), out);
    }

    @Test
    void theTrainSplitHasNoItemsForMostTasks() {
        Run run = score("--split=train");
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("T2    Rotation                          0        -        -           0        0"), run.out);
        assertTrue(run.out.contains("3 missing (scored 0)"), run.out);
        assertTrue(run.out.contains("  ... and 18 more unknown ids"), run.out);   // 28 unknown, 10 listed
    }

    @Test
    void writesTheSameReportAsJson() throws Exception {
        Path json = dir.resolve("score.json");
        Run run = score("--json", json.toString());
        assertEquals(0, run.exitCode, run.err);
        JsonObject o = Json.createReader(new StringReader(Files.readString(json))).readObject();
        assertEquals("test", o.getString("split"));
        assertEquals((250.0 + 512.5 / 3) / 8, o.getJsonNumber("average").doubleValue(), 1e-9);
        JsonObject t8 = o.getJsonArray("tasks").getJsonObject(7);
        assertEquals("T8", t8.getString("task"));
        assertEquals(1, t8.getInt("missing"));
        assertEquals(100.0 / 3, t8.getJsonNumber("score").doubleValue(), 1e-9);
        JsonObject counts = o.getJsonObject("counts");
        assertEquals(28, counts.getInt("items"));
        assertEquals(1, counts.getInt("unknown_ids"));
        assertEquals(3, counts.getInt("unparsable"));
        assertEquals(3, counts.getInt("malformed_lines"));
        assertEquals(62.96, o.getJsonArray("reference").getJsonObject(1).getJsonNumber("average").doubleValue(), 1e-9);
        assertEquals(33, o.getJsonArray("malformed_lines").getJsonObject(2).getInt("line"));
    }

    @Test
    void anEmptyGroupIsNullInJson() throws Exception {
        Path json = dir.resolve("train.json");
        assertEquals(0, score("--split=train", "--json=" + json).exitCode);
        JsonObject t2 = Json.createReader(new StringReader(Files.readString(json))).readObject()
                .getJsonArray("tasks").getJsonObject(1);
        assertTrue(t2.isNull("score"), t2.toString());
    }

    @Test
    void badInputExitsWith2AndOneLineNamingTheFile() throws Exception {
        Path missingRelease = dir.resolve("no-release");
        Path missingPredictions = dir.resolve("none.jsonl");
        Path badRelease = Files.createDirectories(dir.resolve("bad-release").resolve("items")).getParent();
        Files.writeString(badRelease.resolve("items/T2_test.jsonl"),
                "{\"id\":\"t2-01\",\"task\":\"T2\",\"split\":\"test\",\"answer\":\"roll w 15\"}\n");
        record Case(String[] args, String line) {
        }
        for (Case c : new Case[] {
                new Case(new String[] {"score", "--release", missingRelease.toString(), "--predictions", PREDICTIONS.toString()},
                        "score: " + missingRelease + ": no such release folder"),
                new Case(new String[] {"score", "--release", RELEASE.toString(), "--predictions", missingPredictions.toString()},
                        "score: " + missingPredictions + ": no such predictions file"),
                new Case(new String[] {"score", "--release", badRelease.toString(), "--predictions", PREDICTIONS.toString()},
                        "score: " + badRelease.resolve("items/T2_test.jsonl") + ":1: invalid T2 truth 'roll w 15': "
                                + "not a move/roll command: 'roll w 15'"),
                new Case(new String[] {"score", "--release", RELEASE.toString(), "--predictions", PREDICTIONS.toString(),
                        "--split", "dev"}, "score: unknown split 'dev' (test, train or all)")}) {
            Run run = misi(c.args);
            assertEquals(2, run.exitCode, run.err);
            assertEquals("", run.out);
            assertEquals(c.line + System.lineSeparator(), run.err);
            assertFalse(run.err.contains("Exception"), run.err);
        }
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        Run run = misi("score", "--release", RELEASE.toString());
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("Missing required option: '--predictions=FILE'"), run.err);
    }
}
