package org.misibench.jobs.store;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Progress of partitioned steps, one row per run (job instance), step and partition in
 * {@code MISI.RUN_PROGRESS}: the command
 * line's progress bar and the console read the sums. Counts are written absolute (not incremented),
 * so a chunk that is rolled back and retried cannot count twice.
 */
@Dependent
public class RunProgressStore {

    /** Sums over the partitions of one execution's step. */
    public record Progress(int complexesTotal, int complexesDone, long items, long images) {
    }

    private static final String UPSERT = "MERGE INTO MISI.RUN_PROGRESS (RUN_ID, STEP, PARTITION_NO, "
            + "COMPLEXES_TOTAL, COMPLEXES_DONE, ITEMS, IMAGES, UPDATED_AT) KEY (RUN_ID, STEP, PARTITION_NO) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    DataSource dataSource;

    public RunProgressStore() {
    }

    public RunProgressStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void update(long runId, String step, int partition, int total, int done, long items, long images)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setLong(1, runId);
            ps.setString(2, step);
            ps.setInt(3, partition);
            ps.setInt(4, total);
            ps.setInt(5, done);
            ps.setLong(6, items);
            ps.setLong(7, images);
            ps.setTimestamp(8, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    /** The progress of {@code step} in the given run, summed over its partitions. */
    public Progress progress(long runId, String step) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(COMPLEXES_TOTAL), 0), "
                     + "COALESCE(SUM(COMPLEXES_DONE), 0), COALESCE(SUM(ITEMS), 0), COALESCE(SUM(IMAGES), 0) "
                     + "FROM MISI.RUN_PROGRESS WHERE RUN_ID = ? AND STEP = ?")) {
            ps.setLong(1, runId);
            ps.setString(2, step);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Progress(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getLong(4));
            }
        }
    }
}
