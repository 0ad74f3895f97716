package org.misibench.jobs.store;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import javax.sql.DataSource;
import org.misibench.release.ReleaseItem;

/**
 * Streams items of one review state (or all) and optionally one run out of {@code MISI.ITEM}, in
 * id order, without holding them in memory: a release of 200,000 items is written row by row.
 * Close it (try-with-resources) to free the connection.
 */
public final class ItemCursor implements Iterator<ReleaseItem>, AutoCloseable {

    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private ReleaseItem next;

    private ItemCursor(Connection connection, PreparedStatement statement, ResultSet rows) {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
    }

    /**
     * @param state a review state, or {@code all}
     * @param runId a run (job instance id), or {@code null} for every run
     */
    public static ItemCursor open(DataSource dataSource, String state, Long runId) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "SELECT ITEM_ID, TASK, SPLIT, COMPLEX_ID, ITEM_JSON FROM MISI.ITEM WHERE 1 = 1");
        if (!state.equals("all")) {
            sql.append(" AND REVIEW_STATE = ?");
        }
        if (runId != null) {
            sql.append(" AND RUN_ID = ?");
        }
        sql.append(" ORDER BY ITEM_ID");
        Connection c = dataSource.getConnection();
        try {
            PreparedStatement ps = c.prepareStatement(sql.toString());
            int i = 1;
            if (!state.equals("all")) {
                ps.setString(i++, state);
            }
            if (runId != null) {
                ps.setLong(i, runId);
            }
            ps.setFetchSize(500);
            return new ItemCursor(c, ps, ps.executeQuery());
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                if (rows.next()) {
                    String json = rows.getString(5);
                    next = new ReleaseItem(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            imageShas(json), json);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("read items: " + e.getMessage(), e);
            }
        }
        return next != null;
    }

    @Override
    public ReleaseItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReleaseItem item = next;
        next = null;
        return item;
    }

    /** The image hashes of an item line: its {@code images} paths are {@code images/<sha256>.png}. */
    static List<String> imageShas(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            List<String> shas = new ArrayList<>();
            for (JsonString path : o.getJsonArray("images").getValuesAs(JsonString.class)) {
                String p = path.getString();
                shas.add(p.substring(p.lastIndexOf('/') + 1, p.length() - ".png".length()));
            }
            return shas;
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection; statement; rows) {
            // closed in reverse order of opening
        }
    }
}
