package org.misibench.jobs.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * MISI.SAVED_FILTER: curators' named queue filters. Every method takes the owner, and every
 * statement has {@code owner = ?} in it, so one curator can neither list nor delete another's
 * filters whatever id a request names; the caller passes the signed-in principal, never a value
 * from a form.
 */
public final class SavedFilterStore {

    /** Longest name, in characters: a link on the queue page, not a description. */
    public static final int MAX_NAME = 60;

    /**
     * Filters one curator keeps. Each is counted on every queue page view (up to
     * {@link ItemQueue#COUNT_CAP} + 1 index entries apiece), so the list stays short.
     */
    public static final int MAX_PER_OWNER = 20;

    /** H2's SQL states for a unique and a foreign-key violation. */
    private static final String DUPLICATE = "23505";
    private static final String NO_SUCH_PARENT = "23506";

    private final DataSource dataSource;

    public SavedFilterStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Saves {@code filter} as {@code owner}'s filter {@code name}; refused when the name is blank,
     * too long, already one of the owner's (in any case), or the owner has {@link #MAX_PER_OWNER}.
     */
    public SavedFilter save(String owner, String name, QueueFilter filter) throws SQLException, SavedFilterException {
        String checked = checkName(name);
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            // counted first: two saves by one curator at the same instant may go one over, which is harmless
            if (count(c, owner) >= MAX_PER_OWNER) {
                throw new SavedFilterException("you have " + MAX_PER_OWNER + " saved filters, the most one curator keeps;"
                        + " delete one first");
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO misi.saved_filter (owner, name, task, split,"
                    + " review_state, complex_id, run_id, sort, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, owner);
                s.setString(2, checked);
                s.setString(3, filter.task());
                s.setString(4, filter.split());
                s.setString(5, filter.state() == null ? null : filter.state().dbName());
                s.setString(6, filter.complexId());
                if (filter.runId() == null) {
                    s.setNull(7, Types.BIGINT);
                } else {
                    s.setLong(7, filter.runId());
                }
                s.setString(8, filter.sort().name());
                s.setTimestamp(9, Timestamp.from(now));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return new SavedFilter(keys.getLong(1), owner, checked, filter, now);
                }
            } catch (SQLException e) {
                if (DUPLICATE.equals(e.getSQLState())) {
                    throw new SavedFilterException("you already have a saved filter named '" + checked + "'", e);
                }
                if (NO_SUCH_PARENT.equals(e.getSQLState())) {
                    throw new SavedFilterException("no user '" + owner + "'", e);
                }
                throw e;
            }
        }
    }

    /** {@code owner}'s filters by name (ignoring case). */
    public List<SavedFilter> list(String owner) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT filter_id, name,"
                + " task, split, review_state, complex_id, run_id, sort, created_at FROM misi.saved_filter WHERE owner = ?"
                + " ORDER BY name_key, filter_id")) {
            s.setString(1, owner);
            try (ResultSet rs = s.executeQuery()) {
                List<SavedFilter> filters = new ArrayList<>();
                while (rs.next()) {
                    String state = rs.getString(5);
                    long run = rs.getLong(7);
                    Long runId = rs.wasNull() ? null : run;
                    QueueFilter filter = new QueueFilter(rs.getString(3), rs.getString(4),
                            state == null ? null : ReviewState.of(state), rs.getString(6), runId, QueueSort.parse(rs.getString(8)));
                    filters.add(new SavedFilter(rs.getLong(1), owner, rs.getString(2), filter, rs.getTimestamp(9).toInstant()));
                }
                return filters;
            }
        }
    }

    /** Deletes filter {@code id} if {@code owner} saved it; refused (and nothing deleted) otherwise. */
    public void delete(String owner, long id) throws SQLException, SavedFilterException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM misi.saved_filter WHERE filter_id = ? AND owner = ?")) {
            s.setLong(1, id);
            s.setString(2, owner);
            if (s.executeUpdate() == 0) {
                // the same answer for another's filter and for none: ids of others' filters are not confirmed
                throw new SavedFilterException("you have no saved filter " + id);
            }
        }
    }

    /** The name as stored (surrounding blanks removed), or refused saying what is wrong. */
    static String checkName(String name) throws SavedFilterException {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new SavedFilterException("a saved filter needs a name");
        }
        if (n.length() > MAX_NAME) {
            throw new SavedFilterException("the name has " + n.length() + " characters; at most " + MAX_NAME);
        }
        if (n.chars().anyMatch(Character::isISOControl)) {
            throw new SavedFilterException("the name contains a control character");
        }
        return n;
    }

    private static int count(Connection c, String owner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM misi.saved_filter WHERE owner = ?")) {
            s.setString(1, owner);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
