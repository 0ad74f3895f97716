package org.misibench.jobs.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Records review decisions: the item's new state and its audit-trail line. The state change is
 * an {@code UPDATE … WHERE version = ?}, so of two curators deciding on the same version only
 * the first one wins and the second gets a {@link ReviewConflictException} with nothing written.
 *
 * <p>Both statements run on one connection; in WildFly the caller's JTA transaction makes them
 * one unit (an EJB method), so a trail line never exists without its state change.
 */
public final class ReviewStore {

    private final DataSource dataSource;

    public ReviewStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Applies {@code decision} by {@code reviewer}; returns the trail line written. */
    public ReviewEntry decide(ReviewDecision decision, String reviewer) throws SQLException, ReviewConflictException {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            ReviewState from = currentState(c, decision.itemId(), decision.seenVersion());
            try (PreparedStatement update = c.prepareStatement("UPDATE misi.item SET review_state = ?, version = version + 1,"
                    + " updated_at = ? WHERE item_id = ? AND version = ?")) {
                update.setString(1, decision.toState().dbName());
                update.setTimestamp(2, Timestamp.from(now));
                update.setString(3, decision.itemId());
                update.setInt(4, decision.seenVersion());
                if (update.executeUpdate() == 0) {
                    throw conflict(c, decision.itemId());
                }
            }
            ReviewEntry entry = new ReviewEntry(decision.itemId(), reviewer, now, from, decision.toState(), decision.comment());
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO misi.item_review"
                    + " (item_id, reviewer, reviewed_at, from_state, to_state, comment) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, entry.itemId());
                insert.setString(2, entry.reviewer());
                insert.setTimestamp(3, Timestamp.from(entry.reviewedAt()));
                insert.setString(4, entry.fromState().dbName());
                insert.setString(5, entry.toState().dbName());
                insert.setString(6, entry.comment());
                insert.executeUpdate();
            }
            return entry;
        }
    }

    /** The item's audit trail, oldest first. */
    public List<ReviewEntry> trail(String itemId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT reviewer, reviewed_at, from_state, to_state, comment"
                     + " FROM misi.item_review WHERE item_id = ? ORDER BY review_id")) {
            s.setString(1, itemId);
            try (ResultSet rs = s.executeQuery()) {
                List<ReviewEntry> trail = new ArrayList<>();
                while (rs.next()) {
                    trail.add(new ReviewEntry(itemId, rs.getString(1), rs.getTimestamp(2).toInstant(),
                            ReviewState.of(rs.getString(3)), ReviewState.of(rs.getString(4)), rs.getString(5)));
                }
                return trail;
            }
        }
    }

    /** The state at the version the curator saw; a conflict already when the version moved on. */
    private static ReviewState currentState(Connection c, String itemId, int seenVersion)
            throws SQLException, ReviewConflictException {
        try (PreparedStatement s = c.prepareStatement("SELECT review_state, version FROM misi.item WHERE item_id = ?")) {
            s.setString(1, itemId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no item " + itemId);
                }
                if (rs.getInt(2) != seenVersion) {
                    throw conflict(c, itemId);
                }
                return ReviewState.of(rs.getString(1));
            }
        }
    }

    private static ReviewConflictException conflict(Connection c, String itemId) throws SQLException {
        ReviewState now;
        try (PreparedStatement s = c.prepareStatement("SELECT review_state FROM misi.item WHERE item_id = ?")) {
            s.setString(1, itemId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                now = ReviewState.of(rs.getString(1));
            }
        }
        String last = null;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT reviewer FROM misi.item_review WHERE item_id = ? ORDER BY review_id DESC LIMIT 1")) {
            s.setString(1, itemId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    last = rs.getString(1);
                }
            }
        }
        return new ReviewConflictException(itemId, now, last);
    }
}
