package org.misibench.jobs.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The review queue over MISI.ITEM with keyset paging: a page starts after (or ends before) an
 * item id instead of at an OFFSET, so the database seeks in an index ending in item_id rather
 * than counting through every earlier row, and page 4,000 costs what page 1 does.
 */
public final class ItemQueue {

    /** Counting stops here: an exact count of 200,000 matches costs a full index scan per page view. */
    public static final int COUNT_CAP = 10_000;

    private static final String COLUMNS = "item_id, task, split, complex_id, run_id, review_state, answer, updated_at";

    private final DataSource dataSource;

    public ItemQueue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The first page of {@code filter}, or the one after {@code afterId}. */
    public QueuePage after(QueueFilter filter, String afterId, int size) throws SQLException {
        List<QueueRow> rows = select(filter, afterId, true, size + 1);
        boolean more = rows.size() > size;
        return page(filter, more ? rows.subList(0, size) : rows, afterId != null, more);
    }

    /** The page that ends just before {@code beforeId} (going back). */
    public QueuePage before(QueueFilter filter, String beforeId, int size) throws SQLException {
        List<QueueRow> rows = new ArrayList<>(select(filter, beforeId, false, size + 1));
        boolean more = rows.size() > size;
        if (more) {
            rows = rows.subList(0, size);
        }
        Collections.reverse(rows);
        return page(filter, rows, more, true);
    }

    /** The item next to {@code itemId} in the queue's order ({@code forward}) or the one before it. */
    public Optional<String> neighbour(QueueFilter filter, String itemId, boolean forward) throws SQLException {
        List<QueueRow> rows = select(filter, itemId, forward, 1);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).itemId());
    }

    /** Matching items, counted up to {@link #COUNT_CAP} + 1. */
    public long count(QueueFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM (SELECT 1 FROM misi.item WHERE " + filter.conditions(params)
                + " LIMIT " + (COUNT_CAP + 1) + ")";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private QueuePage page(QueueFilter filter, List<QueueRow> rows, boolean hasPrevious, boolean hasNext) throws SQLException {
        long matching = count(filter);
        return new QueuePage(List.copyOf(rows), hasPrevious, hasNext, Math.min(matching, COUNT_CAP), matching > COUNT_CAP);
    }

    /**
     * Up to {@code limit} rows beyond {@code boundId} in the queue's order ({@code forward}) or
     * against it, nearest first.
     */
    private List<QueueRow> select(QueueFilter filter, String boundId, boolean forward, int limit) throws SQLException {
        PageQuery query = pageQuery(filter, boundId, forward, limit);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query.sql())) {
            bind(s, query.params());
            try (ResultSet rs = s.executeQuery()) {
                List<QueueRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new QueueRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), ReviewState.of(rs.getString(6)), rs.getString(7),
                            rs.getTimestamp(8).toInstant()));
                }
                return rows;
            }
        }
    }

    /**
     * The statement behind a page: a keyset query (item id beyond the bound, in index order), so
     * the database reads about {@code limit} index entries however deep the page is. Visible to
     * the tests, which check that with the database's own row counts.
     */
    static PageQuery pageQuery(QueueFilter filter, String boundId, boolean forward, int limit) {
        List<Object> params = new ArrayList<>();
        QueueIndex index = QueueIndex.forFilter(filter);
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM ").append(index.from())
                .append(" WHERE ").append(filter.conditions(params));
        boolean ascending = filter.sort().ascending() == forward;
        if (boundId != null) {
            sql.append(ascending ? " AND item_id > ?" : " AND item_id < ?");
            params.add(boundId);
        }
        sql.append(" ORDER BY ").append(index.orderBy(ascending)).append(" LIMIT ").append(limit);
        return new PageQuery(sql.toString(), List.copyOf(params));
    }

    record PageQuery(String sql, List<Object> params) {
    }

    static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }
}
