package org.misibench.jobs.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What the dashboard counts, each one GROUP BY over MISI.ITEM: items per task × split × review
 * state, and per generation run. Grouped in the database, so 200,000 items cost one index scan,
 * not a row each in memory.
 */
public final class ReviewCounts {

    /** Items of one task and split in one review state. */
    public record Cell(String task, String split, ReviewState state, long items) {
    }

    /** One generation run (job instance): its items, how many are decided, and when it wrote. */
    public record Run(long runId, long items, long approved, long flagged, long rejected, Instant first, Instant last) {
        public long pending() {
            return items - approved - flagged - rejected;
        }
    }

    private final DataSource dataSource;

    public ReviewCounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Cell> byTaskSplitState() throws SQLException {
        List<Cell> cells = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT task, split, review_state, COUNT(*) FROM misi.item GROUP BY task, split, review_state");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                cells.add(new Cell(rs.getString(1), rs.getString(2), ReviewState.of(rs.getString(3)), rs.getLong(4)));
            }
        }
        return cells;
    }

    /** The latest {@code limit} runs, newest first. */
    public List<Run> runs(int limit) throws SQLException {
        List<Run> runs = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT run_id, COUNT(*),"
                + " SUM(CASE WHEN review_state = 'approved' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN review_state = 'flagged' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN review_state = 'rejected' THEN 1 ELSE 0 END), MIN(created_at), MAX(created_at)"
                + " FROM misi.item GROUP BY run_id ORDER BY run_id DESC LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    runs.add(new Run(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()));
                }
            }
        }
        return runs;
    }
}
