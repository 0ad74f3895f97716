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
 * Approving or rejecting a filtered selection at once, in two steps: {@link #select} snapshots the
 * matching items (id, version, state) for the confirmation page, and {@link #apply} changes only
 * those still at the version shown, each with its own audit-trail line. Like a single decision, it
 * is one transaction when the caller is an EJB method.
 */
public final class BulkReview {

    /** One bulk action covers at most this many items: the queue counts this far, and a snapshot stays small. */
    public static final int MAX_ITEMS = ItemQueue.COUNT_CAP;

    private final DataSource dataSource;

    public BulkReview(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The items matching {@code filter} now, in id order, at most {@link #MAX_ITEMS}. */
    public BulkSelection select(QueueFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT item_id, version, review_state FROM misi.item WHERE " + filter.conditions(params)
                + " ORDER BY item_id LIMIT " + (MAX_ITEMS + 1);
        List<BulkSelection.Entry> entries = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new BulkSelection.Entry(rs.getString(1), rs.getInt(2), ReviewState.of(rs.getString(3))));
                }
            }
        }
        boolean truncated = entries.size() > MAX_ITEMS;
        return new BulkSelection(truncated ? entries.subList(0, MAX_ITEMS) : entries, truncated);
    }

    /**
     * Sets {@code toState} on the selected items that are still as shown; returns how many changed.
     * Items already in {@code toState} are skipped (no empty trail lines).
     */
    public int apply(BulkSelection selection, ReviewState toState, String comment, String reviewer) throws SQLException {
        // the same rules as one decision (a flag needs a reason, no going back to pending)
        ReviewDecision rule = new ReviewDecision("bulk", 0, toState, comment);
        // the trail says the line came from a bulk action, which a reader of one item cannot otherwise tell
        String trailComment = rule.comment() == null ? "(bulk)" : "(bulk) " + rule.comment();
        Instant now = Instant.now();
        List<BulkSelection.Entry> changed = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement update = c.prepareStatement("UPDATE misi.item SET review_state = ?, version = version + 1,"
                    + " updated_at = ? WHERE item_id = ? AND version = ? AND review_state = ?")) {
                for (BulkSelection.Entry e : selection.entries()) {
                    if (e.state() == toState) {
                        continue;
                    }
                    update.setString(1, toState.dbName());
                    update.setTimestamp(2, Timestamp.from(now));
                    update.setString(3, e.itemId());
                    update.setInt(4, e.version());
                    update.setString(5, e.state().dbName());
                    if (update.executeUpdate() == 1) {
                        changed.add(e);
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO misi.item_review"
                    + " (item_id, reviewer, reviewed_at, from_state, to_state, comment) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (BulkSelection.Entry e : changed) {
                    insert.setString(1, e.itemId());
                    insert.setString(2, reviewer);
                    insert.setTimestamp(3, Timestamp.from(now));
                    insert.setString(4, e.state().dbName());
                    insert.setString(5, toState.dbName());
                    insert.setString(6, trailComment);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        return changed.size();
    }
}
