package org.misibench.jobs.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.misibench.jobs.se.EmbeddedBatch;
import org.misibench.jobs.se.JobOutcome;
import org.misibench.jobs.se.TestRuntime;

/** The export job on the embedded runtime: a named release is written and registered; a second one with its name is refused. */
class ExportJobRegistersReleaseTest {

    @Test
    void aNamedReleaseIsRegisteredWithItsItemsAndTheHashOfItsSums() throws Exception {
        EmbeddedBatch batch = TestRuntime.batch();
        DataSource db = batch.dataSource();
        String name = "reg-" + System.nanoTime();
        insert(db, "t4-" + name + "-a", "T4", "approved");
        insert(db, "t4-" + name + "-b", "T4", "approved");
        Files.createDirectories(batch.out().resolve("images"));

        JobOutcome outcome = batch.run("export", TestRuntime.parameters("release", name, "state", "approved",
                "out", batch.out().toString(), "requestedBy", "ada"));
        assertTrue(outcome.completed(), outcome.describe());

        ReleaseRecord record = new ReleaseStore(db).find(name).orElseThrow();
        assertEquals("ada", record.createdBy());
        assertTrue(record.items() >= 2, "every approved item in the database: " + record.items());
        Path sums = batch.out().resolve("releases").resolve(name).resolve("SHA256SUMS");
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(sums))),
                record.sha256sumsSha256());
        assertEquals(record.items(), new ReleaseStore(db).countsPerTask(name).values().stream().mapToInt(Integer::intValue).sum());

        JobOutcome again = batch.run("export", TestRuntime.parameters("release", name, "out", batch.out().toString()));
        assertEquals("FAILED", again.status().name(), "a release is never overwritten");
    }

    private static void insert(DataSource db, String id, String task, String state) throws Exception {
        String json = "{\"id\":\"" + id + "\",\"task\":\"" + task + "\",\"split\":\"test\",\"complex\":\"1aku\",\"images\":[],"
                + "\"image_roles\":[],\"question\":\"Does THR 59 form an H-bond with the ligand?\",\"answer\":\"No\","
                + "\"parameters\":{},\"provenance\":{\"generator\":\"test\",\"seed\":1}}";
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO misi.item (item_id,"
                + " task, split, complex_id, run_id, job_execution_id, answer, item_json, json_sha256, review_state,"
                + " created_at, updated_at) VALUES (?, ?, 'test', '1aku', 1, 1, 'No', ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, task);
            s.setString(3, json);
            s.setString(4, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8))));
            s.setString(5, state);
            s.setTimestamp(6, now);
            s.setTimestamp(7, now);
            s.executeUpdate();
        }
    }
}
