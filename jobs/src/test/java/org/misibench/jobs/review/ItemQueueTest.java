package org.misibench.jobs.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keyset paging and filters on 200,000 items: the size the issue asks the queue to stay fast at. */
class ItemQueueTest {

    static final int ITEMS = 200_000;
    static DataSource db;

    @BeforeAll
    static void fill() throws Exception {
        db = TestItems.freshDatabase();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(TestItems.INSERT)) {
            c.setAutoCommit(false);
            for (int i = 0; i < ITEMS; i++) {
                // 9 tasks x 2 splits x 500 complexes x 4 runs, ids in insertion order
                TestItems.bind(s, id(i), "T" + (i % 9 + 1), i % 10 == 0 ? "test" : "train", "c" + (i % 500), i % 4);
                s.addBatch();
                if (i % 5000 == 4999) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
            c.commit();
            // a few decided items, so the state filter has something rare to find
            try (PreparedStatement flag = c.prepareStatement("UPDATE misi.item SET review_state = 'flagged' WHERE item_id = ?")) {
                for (int i = 17; i < ITEMS; i += 9_000) {
                    flag.setString(1, id(i));
                    flag.executeUpdate();
                }
            }
            c.commit();
        }
    }

    static String id(int i) {
        return String.format("t1-%016x", i);
    }

    @Test
    void pagesWalkForwardAndBackWithoutGapsOrRepeats() throws Exception {
        ItemQueue queue = new ItemQueue(db);
        QueueFilter t3 = new QueueFilter("T3", "train", null, null, null, QueueSort.ID_ASC);
        QueuePage first = queue.after(t3, null, 50);
        QueuePage second = queue.after(t3, first.lastId(), 50);
        assertEquals(50, first.rows().size());
        assertFalse(first.hasPrevious());
        assertTrue(first.hasNext());
        assertTrue(second.firstId().compareTo(first.lastId()) > 0);
        assertTrue(second.rows().stream().allMatch(r -> r.task().equals("T3") && r.split().equals("train")));
        QueuePage back = queue.before(t3, second.firstId(), 50);
        assertEquals(first.rows(), back.rows());
        assertFalse(back.hasPrevious());
        assertEquals(ItemQueue.COUNT_CAP, first.matching());
        assertTrue(first.capped());
    }

    @Test
    void descendingOrderAndNeighbours() throws Exception {
        ItemQueue queue = new ItemQueue(db);
        QueueFilter desc = new QueueFilter(null, null, null, "c7", null, QueueSort.ID_DESC);
        QueuePage page = queue.after(desc, null, 10);
        assertEquals(id(ITEMS - 500 + 7), page.firstId());
        assertEquals(400, page.matching());
        assertEquals(Optional.of(page.rows().get(1).itemId()), queue.neighbour(desc, page.firstId(), true));
        assertEquals(Optional.empty(), queue.neighbour(desc, page.firstId(), false));
    }

    @Test
    void stateFilterFindsTheRareFlaggedItems() throws Exception {
        QueuePage flagged = new ItemQueue(db).after(QueueFilter.all().withState(ReviewState.FLAGGED), null, 50);
        assertEquals(List.of(id(17), id(9017)), flagged.rows().subList(0, 2).stream().map(QueueRow::itemId).toList());
        assertEquals((ITEMS - 17 + 8_999) / 9_000, flagged.matching());
    }

    /**
     * Deep pages cost what the first one does: the database reads about one page of rows whatever
     * the depth, counted by H2 itself (EXPLAIN ANALYZE's scanCount), not by a clock. Dropping an
     * index or going back to OFFSET paging makes this fail; page-view times are measured in
     * bench/, not here.
     */
    @Test
    void aDeepPageReadsNoMoreRowsThanTheFirst() throws Exception {
        QueueFilter[] filters = {QueueFilter.all(), new QueueFilter("T9", "train", ReviewState.PENDING, null, null, null),
                new QueueFilter(null, null, null, "c499", null, null), new QueueFilter(null, null, null, null, 3L, QueueSort.ID_DESC),
                new QueueFilter("T2", null, null, null, null, null), new QueueFilter(null, null, ReviewState.FLAGGED, null, null, null)};
        for (QueueFilter f : filters) {
            long first = rowsRead(ItemQueue.pageQuery(f, null, true, 51));
            long deep = rowsRead(ItemQueue.pageQuery(f, id(ITEMS - 2_000), true, 51));
            assertTrue(first <= 2 * 51 && deep <= 2 * 51,
                    f + ": the first page read " + first + " rows and a deep one " + deep + ", for 51 wanted");
        }
        // no index covers task and split alone: the task index is walked and one row in ten kept
        QueueFilter t5 = new QueueFilter("T5", "test", null, null, null, QueueSort.ID_DESC);
        long deep = rowsRead(ItemQueue.pageQuery(t5, id(ITEMS / 2), true, 51));
        assertTrue(deep <= 12 * 51, t5 + ": a deep page read " + deep + " rows, for 51 wanted at 1 in 10");
    }

    /** The rows H2 reports reading for {@code query}, summed over the tables and indexes it scans. */
    private static long rowsRead(ItemQueue.PageQuery query) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("EXPLAIN ANALYZE " + query.sql())) {
            ItemQueue.bind(s, query.params());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                String plan = rs.getString(1);
                Matcher m = Pattern.compile("scanCount: (\\d+)").matcher(plan);
                long rows = 0;
                boolean found = false;
                while (m.find()) {
                    rows += Long.parseLong(m.group(1));
                    found = true;
                }
                assertTrue(found, "no scanCount in the plan: " + plan);
                return rows;
            }
        }
    }
}
