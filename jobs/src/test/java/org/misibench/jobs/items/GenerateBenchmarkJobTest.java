package org.misibench.jobs.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misibench.jobs.se.EmbeddedBatch;
import org.misibench.jobs.se.JobOutcome;
import org.misibench.jobs.se.TestRuntime;
import org.misibench.jobs.store.QuarantineEntry;
import org.misibench.jobs.store.QuarantineStore;
import org.misibench.jobs.store.RunProgressStore;

/**
 * The whole pipeline ({@code generate-benchmark}) on the real embedded runtime: JBeret SE, H2,
 * lavapipe. Small images and a few tasks keep it quick; what is checked does not depend on either.
 */
class GenerateBenchmarkJobTest {

    private static final String JOB = "generate-benchmark";

    private final EmbeddedBatch batch = TestRuntime.batch();

    @TempDir
    Path dir;

    private Properties run(Path out, String... more) {
        Properties p = TestRuntime.parameters("input", "sample", "out", out.toString(), "size", "48",
                "tasks", "T1,T4,T9");
        for (int i = 0; i < more.length; i += 2) {
            p.setProperty(more[i], more[i + 1]);
        }
        return p;
    }

    @Test
    void aStoppedRunRestartedThroughTheJobOperatorEndsWithTheItemsOfAnUninterruptedRun() throws Exception {
        JobOutcome clean = batch.run(JOB, run(dir.resolve("clean")));
        assertEquals(BatchStatus.COMPLETED, clean.status(), clean.describe());
        Set<String> expected = itemsOfRun(clean.executionId());
        assertTrue(expected.size() > 50, "items of 14 complexes: " + expected.size());

        JobOperator operator = batch.operator();
        long started = operator.start(JOB, run(dir.resolve("stopped"), "slowdownMillis", "150"));
        long run = operator.getJobInstance(started).getInstanceId();
        RunProgressStore progress = new RunProgressStore(batch.dataSource());
        long deadline = System.currentTimeMillis() + 120_000;
        while (progress.progress(run, "generate-items").complexesDone() < 3) {
            assertTrue(System.currentTimeMillis() < deadline, "no progress");
            Thread.sleep(50);
        }
        operator.stop(started);
        while (!Set.of(BatchStatus.STOPPED, BatchStatus.COMPLETED, BatchStatus.FAILED)
                .contains(operator.getJobExecution(started).getBatchStatus())) {
            Thread.sleep(50);
        }
        assertEquals(BatchStatus.STOPPED, operator.getJobExecution(started).getBatchStatus());
        assertTrue(progress.progress(run, "generate-items").complexesDone() < 14, "stopped before the end");

        JobOutcome restarted = batch.restart(started, TestRuntime.parameters("slowdownMillis", "0"));
        assertEquals(BatchStatus.COMPLETED, restarted.status(), restarted.describe());
        assertSameItems(expected, itemsOfRun(restarted.executionId()));
        RunProgressStore.Progress done = progress.progress(run, "generate-items");
        assertEquals(14, done.complexesTotal());
        assertEquals(14, done.complexesDone());
        assertEquals(expected.size(), done.items(), "progress counted every item once across the restart");
        assertEquals(imageNames(dir.resolve("clean")), imageNames(dir.resolve("stopped")), "same image files");
    }

    @Test
    void aCrashWhileGeneratingRestartsFromTheLastCheckpointAndMakesTheSameItems() throws Exception {
        JobOutcome clean = batch.run(JOB, run(dir.resolve("clean"), "partitions", "1"));
        assertEquals(BatchStatus.COMPLETED, clean.status(), clean.describe());
        // items are upserted by id, so the next run takes them over: look at this run's now
        Set<String> expected = itemsOfRun(clean.executionId());

        JobOutcome crashed = batch.run(JOB, run(dir.resolve("crashed"), "partitions", "1", "failGenerating", "1aku"));
        assertEquals(BatchStatus.FAILED, crashed.status());
        assertTrue(crashed.exitStatus().contains("injected failure on complex 1aku"), crashed.exitStatus());
        int before = itemsOfRun(crashed.executionId()).size();
        assertTrue(before > 0 && before < expected.size(), "crashed part-way: " + before);

        JobOutcome restarted = batch.restart(crashed.executionId(), TestRuntime.parameters("failGenerating", ""));
        assertEquals(BatchStatus.COMPLETED, restarted.status(), restarted.describe());
        assertSameItems(expected, itemsOfRun(restarted.executionId()));
    }

    @Test
    void badInputIsQuarantinedAndTheGoodComplexesAllGetTheirItems() throws Exception {
        Path input = dir.resolve("input");
        copySample("posebusters/7C6P_SQH/7C6P_SQH_protein.pdb", input.resolve("7C6P_SQH/7C6P_SQH_protein.pdb"));
        copySample("posebusters/7C6P_SQH/7C6P_SQH_ligand.sdf", input.resolve("7C6P_SQH/7C6P_SQH_ligand.sdf"));
        copySample("posebusters/7BLA_WCS/7BLA_WCS_protein.pdb", input.resolve("7BLA_WCS/7BLA_WCS_protein.pdb"));
        copySample("posebusters/7BLA_WCS/7BLA_WCS_ligand.sdf", input.resolve("7BLA_WCS/7BLA_WCS_ligand.sdf"));
        copySample("posebusters/7C6P_SQH/7C6P_SQH_protein.pdb", input.resolve("9BAD_XXX/9BAD_XXX_protein.pdb"));
        Path brokenSdf = input.resolve("9BAD_XXX/9BAD_XXX_ligand.sdf");
        Files.writeString(brokenSdf, "9BAD\n  RDKit\n\n  x  0  0  0  0  0  0  0  0  0999 V2000\nM  END\n");
        Path truncated = input.resolve("9TRN_XXX/9TRN_XXX_protein.pdb");
        Files.createDirectories(truncated.getParent());
        Files.writeString(truncated, "ATOM      1  N   GLY A   1      11.104  6.134  -6.504  1.00  0.00           N\nATOM      2  CA");
        copySample("posebusters/7BLA_WCS/7BLA_WCS_ligand.sdf", input.resolve("9TRN_XXX/9TRN_XXX_ligand.sdf"));

        JobOutcome outcome = batch.run(JOB, run(dir.resolve("out"), "input", input.toString()));

        assertEquals(BatchStatus.COMPLETED, outcome.status(), outcome.describe());
        List<QuarantineEntry> quarantined = new QuarantineStore(batch.dataSource()).recordedBy(outcome.executionId());
        assertEquals(List.of("9BAD_XXX", "9TRN_XXX"), quarantined.stream().map(QuarantineEntry::complexId).toList());
        assertTrue(quarantined.stream().allMatch(q -> q.step().equals("prepare-complexes") && !q.reason().isBlank()
                && q.location().contains(q.complexId())), quarantined.toString());
        Set<String> complexes = query("SELECT DISTINCT COMPLEX_ID FROM MISI.ITEM WHERE RUN_ID = ?",
                batch.operator().getJobInstance(outcome.executionId()).getInstanceId());
        assertEquals(Set.of("7BLA_WCS", "7C6P_SQH"), complexes, "every good complex has items");
    }

    @Test
    void tooMuchBadInputFailsTheJobAtTheSkipLimit() throws Exception {
        Path input = dir.resolve("input");
        Path broken = input.resolve("9BAD_XXX/9BAD_XXX_protein.pdb");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "HEADER    NOTHING HERE\nEND\n");
        copySample("posebusters/7C6P_SQH/7C6P_SQH_ligand.sdf", input.resolve("9BAD_XXX/9BAD_XXX_ligand.sdf"));

        JobOutcome outcome = batch.run(JOB, run(dir.resolve("out"), "input", input.toString(), "skipLimit", "0"));

        assertEquals(BatchStatus.FAILED, outcome.status());
        assertTrue(outcome.exitStatus().startsWith("FAILED: prepare-complexes: "), outcome.exitStatus());
    }

    /** Equal sets, or a failure that says how many differ and shows a few. */
    private static void assertSameItems(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "item ids and JSON bytes differ: " + missing.size()
                + " expected but missing (e.g. " + missing.stream().limit(3).toList() + "), " + extra.size()
                + " unexpected (e.g. " + extra.stream().limit(3).toList() + ") of " + expected.size());
    }

    /** (item id, SHA-256 of its JSON) of the items a run (the instance of this execution) generated. */
    private Set<String> itemsOfRun(long executionId) throws Exception {
        long run = batch.operator().getJobInstance(executionId).getInstanceId();
        return query("SELECT ITEM_ID || ' ' || JSON_SHA256 FROM MISI.ITEM WHERE RUN_ID = ?", run);
    }

    private Set<String> query(String sql, long parameter) throws Exception {
        Set<String> rows = new TreeSet<>();
        try (Connection c = batch.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }

    private static Set<String> imageNames(Path out) throws IOException {
        try (var files = Files.list(out.resolve("images"))) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
    }

    private void copySample(String resource, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (InputStream in = getClass().getResourceAsStream("/misi-sample/" + resource)) {
            Files.copy(in, to);
        }
    }
}
