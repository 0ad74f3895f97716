package org.misibench.jobs.releases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.misibench.jobs.store.ItemStore;
import org.misibench.release.ReleaseItem;

/**
 * MISI.RELEASE and MISI.RELEASE_ITEM. The items are added while the export streams them, and the
 * release row comes last, once the folder is complete: a release is listed only when both exist,
 * so item rows left by a crashed export are invisible and are cleared by the next attempt.
 */
public final class ReleaseStore {

    private final DataSource dataSource;

    public ReleaseStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Removes item rows of {@code name} that no finished release owns (a crashed export's). */
    public void clearUnfinished(String name) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM misi.release_item WHERE name = ? AND NOT EXISTS (SELECT 1 FROM misi.release r WHERE r.name = ?)")) {
            s.setString(1, name);
            s.setString(2, name);
            s.executeUpdate();
        }
    }

    /** Registers {@code items} as part of release {@code name}, with the hash of each line. */
    public void addItems(String name, List<ReleaseItem> items) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO misi.release_item (name, item_id, task, split, json_sha256) VALUES (?, ?, ?, ?, ?)")) {
            for (ReleaseItem item : items) {
                s.setString(1, name);
                s.setString(2, item.id());
                s.setString(3, item.task());
                s.setString(4, item.split());
                s.setString(5, ItemStore.sha256(item.json()) /* as MISI.ITEM.json_sha256, so the two compare */);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Lists the release: called once its folder is complete. */
    public void finish(ReleaseRecord r) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO misi.release"
                + " (name, created_at, created_by, review_state, items, images, sha256sums_sha256, job_execution_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, r.name());
            s.setTimestamp(2, Timestamp.from(r.createdAt()));
            s.setString(3, r.createdBy());
            s.setString(4, r.state());
            s.setInt(5, r.items());
            s.setInt(6, r.images());
            s.setString(7, r.sha256sumsSha256());
            s.setLong(8, r.jobExecutionId());
            s.executeUpdate();
        }
    }

    /** Finished releases, newest first. */
    public List<ReleaseRecord> list() throws SQLException {
        return select("ORDER BY created_at DESC, name", null);
    }

    public Optional<ReleaseRecord> find(String name) throws SQLException {
        return select("WHERE name = ?", name).stream().findFirst();
    }

    /** Items of a finished release per task ({@code T1} … in order). */
    public Map<String, Integer> countsPerTask(String name) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT task, COUNT(*) FROM misi.release_item WHERE name = ? GROUP BY task")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    private List<ReleaseRecord> select(String tail, String name) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT name, created_at,"
                + " created_by, review_state, items, images, sha256sums_sha256, job_execution_id FROM misi.release " + tail)) {
            if (name != null) {
                s.setString(1, name);
            }
            List<ReleaseRecord> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReleaseRecord(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getLong(8)));
                }
            }
            return out;
        }
    }

}
