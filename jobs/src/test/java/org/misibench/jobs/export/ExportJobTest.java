package org.misibench.jobs.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misibench.jobs.se.EmbeddedBatch;
import org.misibench.jobs.se.JobOutcome;
import org.misibench.jobs.se.TestRuntime;

/** The export job: approved items (and only they) become an immutable release folder. */
class ExportJobTest {

    private final EmbeddedBatch batch = TestRuntime.batch();

    @TempDir
    Path dir;

    @Test
    void approvedItemsAreExportedOnceAndTheNameCannotBeReused() throws Exception {
        Path out = dir.resolve("out");
        JobOutcome generated = batch.run("generate-benchmark", TestRuntime.parameters("out", out.toString(), "size", "48",
                "tasks", "T9"));
        assertEquals(BatchStatus.COMPLETED, generated.status(), generated.describe());
        long run = batch.operator().getJobInstance(generated.executionId()).getInstanceId();
        List<String> ids = ids("SELECT ITEM_ID FROM MISI.ITEM WHERE RUN_ID = ? ORDER BY ITEM_ID", run);
        assertEquals(14, ids.size(), "one T9 item per complex");
        Set<String> approved = new TreeSet<>(ids.subList(0, 5));
        try (Connection c = batch.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE MISI.ITEM SET REVIEW_STATE = CASE WHEN ITEM_ID IN ("
                     + "?, ?, ?, ?, ?) THEN 'approved' ELSE 'rejected' END WHERE RUN_ID = ?")) {
            int i = 1;
            for (String id : approved) {
                ps.setString(i++, id);
            }
            ps.setLong(i, run);
            ps.executeUpdate();
        }

        JobOutcome export = batch.run("export", TestRuntime.parameters("out", out.toString(), "release", "v1", "run",
                Long.toString(run)));
        assertEquals(BatchStatus.COMPLETED, export.status(), export.describe());
        Path release = out.resolve("releases").resolve("v1");
        Set<String> exported = new TreeSet<>();
        for (String file : List.of("T9_train.jsonl", "T9_test.jsonl")) {
            Path f = release.resolve("items").resolve(file);
            if (Files.exists(f)) {
                for (String line : Files.readAllLines(f)) {
                    exported.add(line.substring("{\"id\":\"".length(), line.indexOf("\",")));
                }
            }
        }
        assertEquals(approved, exported, "exactly the approved items");
        assertTrue(Files.isRegularFile(release.resolve("SHA256SUMS")));

        JobOutcome again = batch.run("export", TestRuntime.parameters("out", out.toString(), "release", "v1"));
        assertEquals(BatchStatus.FAILED, again.status(), "releases are immutable");
        assertTrue(again.exitStatus().contains("v1"), again.exitStatus());
    }

    @Test
    void releaseNamesCannotLeaveTheReleasesFolder() {
        for (String bad : List.of("../etc", "a/b", ".hidden", "", "x".repeat(65), "name with space")) {
            assertThrows(IllegalArgumentException.class, () -> ReleaseNames.check(bad), bad);
        }
        assertEquals("v1.0-rc_2", ReleaseNames.check("v1.0-rc_2"));
    }

    private List<String> ids(String sql, long run) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = batch.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, run);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
