package org.misibench.jobs.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads one item with its review state and version (MISI.ITEM). */
public final class ItemStore {

    private final DataSource dataSource;

    public ItemStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<ItemRecord> find(String itemId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT item_id, task, split, complex_id, run_id, job_execution_id,"
                     + " review_state, version, item_json, created_at, updated_at FROM misi.item WHERE item_id = ?")) {
            s.setString(1, itemId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ItemRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), ReviewState.of(rs.getString(7)), rs.getInt(8), rs.getString(9),
                        rs.getTimestamp(10).toInstant(), rs.getTimestamp(11).toInstant()));
            }
        }
    }
}
