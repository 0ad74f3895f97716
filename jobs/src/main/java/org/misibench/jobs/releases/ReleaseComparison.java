package org.misibench.jobs.releases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Compares two registered releases in SQL over MISI.RELEASE_ITEM (primary key name, item_id), so a
 * comparison of two 200,000-item releases never loads them into memory.
 */
public final class ReleaseComparison {

    /** Ids listed per kind of change; the counts are always complete. */
    public static final int LISTED = 200;

    private static final String ONLY_IN = "FROM misi.release_item a WHERE a.name = ? AND NOT EXISTS"
            + " (SELECT 1 FROM misi.release_item b WHERE b.name = ? AND b.item_id = a.item_id)";
    private static final String CHANGED = "FROM misi.release_item a JOIN misi.release_item b ON b.item_id = a.item_id"
            + " AND b.name = ? WHERE a.name = ? AND a.json_sha256 <> b.json_sha256";

    private final DataSource dataSource;

    public ReleaseComparison(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ReleaseDiff compare(String from, String to) throws SQLException {
        ReleaseStore store = new ReleaseStore(dataSource);
        for (String name : List.of(from, to)) {
            if (store.find(name).isEmpty()) {
                throw new IllegalArgumentException("no release '" + name + "'");
            }
        }
        try (Connection c = dataSource.getConnection()) {
            return new ReleaseDiff(from, to,
                    count(c, ONLY_IN, to, from), count(c, ONLY_IN, from, to), count(c, CHANGED, from, to),
                    ids(c, ONLY_IN, to, from), ids(c, ONLY_IN, from, to), ids(c, CHANGED, from, to),
                    store.countsPerTask(from), store.countsPerTask(to));
        }
    }

    private static int count(Connection c, String body, String first, String second) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) " + body)) {
            s.setString(1, first);
            s.setString(2, second);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<String> ids(Connection c, String body, String first, String second) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT a.item_id " + body + " ORDER BY a.item_id LIMIT " + LISTED)) {
            s.setString(1, first);
            s.setString(2, second);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }
}
