package org.misibench.jobs.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.misibench.jobs.store.EmbeddedDatabase;
import org.misibench.jobs.store.SchemaMigrations;

/** A fresh in-memory MISI database per test, and items inserted the way the generator stores them. */
final class TestItems {

    private TestItems() {
    }

    static DataSource freshDatabase() {
        DataSource ds = EmbeddedDatabase.dataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrations.migrate(ds);
        return ds;
    }

    /** A T1 release line per docs/release-format.md (keys in order, compact). */
    static String t1Json(String id, String split, String complex, String answer) {
        String a = "a".repeat(64);
        String b = "b".repeat(64);
        return "{\"id\":\"" + id + "\",\"task\":\"T1\",\"split\":\"" + split + "\",\"complex\":\"" + complex + "\","
                + "\"images\":[\"images/" + a + ".png\",\"images/" + b + ".png\"],\"image_roles\":[\"front\",\"front-after\"],"
                + "\"question\":\"Image 1 shows the complex from the front; image 2 after one translation. Which?\","
                + "\"answer\":\"" + answer + "\",\"parameters\":{\"axis\":\"x\",\"distance\":\"3\"},"
                + "\"provenance\":{\"generator\":\"misi-bench-studio 0.1.0\",\"seed\":42,\"source_sha256\":\"" + "c".repeat(64)
                + "\",\"criteria\":\"chimerax-hbonds-relaxed v1\",\"renderer\":\"misi-vulkan 1\",\"image_size\":512,"
                + "\"cameras\":[{\"position\":[0,0,60],\"axes\":[[1,0,0],[0,1,0],[0,0,1]]}]}}";
    }

    static void insert(DataSource ds, String id, String task, String split, String complex, long run) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            bind(s, id, task, split, complex, run);
            s.executeUpdate();
        }
    }

    static final String INSERT = "INSERT INTO misi.item (item_id, task, split, complex_id, run_id, job_execution_id, answer,"
            + " item_json, json_sha256, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static void bind(PreparedStatement s, String id, String task, String split, String complex, long run) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        s.setString(1, id);
        s.setString(2, task);
        s.setString(3, split);
        s.setString(4, complex);
        s.setLong(5, run);
        s.setLong(6, run);
        s.setString(7, "move x 3");
        s.setString(8, t1Json(id, split, complex, "move x 3"));
        s.setString(9, "d".repeat(64));
        s.setTimestamp(10, now);
        s.setTimestamp(11, now);
    }
}
