package org.misibench.jobs.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class BulkReviewTest {

    private static QueueFilter pendingT1() {
        return new QueueFilter("T1", null, ReviewState.PENDING, null, null, null);
    }

    @Test
    void approvesWhatWasShownAndLeavesATrailLinePerItem() throws Exception {
        DataSource db = TestItems.freshDatabase();
        TestItems.insert(db, "t1-a", "T1", "train", "1aku", 1);
        TestItems.insert(db, "t1-b", "T1", "test", "1aku", 1);
        TestItems.insert(db, "t2-c", "T2", "test", "1aku", 1);
        BulkReview bulk = new BulkReview(db);

        BulkSelection shown = bulk.select(pendingT1());
        assertEquals(List.of("t1-a", "t1-b"), shown.entries().stream().map(BulkSelection.Entry::itemId).toList());
        assertEquals(2, bulk.apply(shown, ReviewState.APPROVED, null, "ana"));

        ItemStore items = new ItemStore(db);
        assertEquals(ReviewState.APPROVED, items.find("t1-a").orElseThrow().state());
        assertEquals(ReviewState.PENDING, items.find("t2-c").orElseThrow().state(), "outside the filter");
        List<ReviewEntry> trail = new ReviewStore(db).trail("t1-b");
        assertEquals(1, trail.size());
        assertEquals("ana", trail.get(0).reviewer());
        assertEquals("(bulk)", trail.get(0).comment());
    }

    @Test
    void anItemDecidedAfterTheConfirmationWasShownIsLeftAlone() throws Exception {
        DataSource db = TestItems.freshDatabase();
        TestItems.insert(db, "t1-a", "T1", "train", "1aku", 1);
        TestItems.insert(db, "t1-b", "T1", "train", "1aku", 1);
        BulkReview bulk = new BulkReview(db);
        BulkSelection shown = bulk.select(pendingT1());
        new ReviewStore(db).decide(new ReviewDecision("t1-b", 0, ReviewState.FLAGGED, "label hides O2'"), "ben");
        TestItems.insert(db, "t1-c", "T1", "train", "1aku", 1);

        assertEquals(1, bulk.apply(shown, ReviewState.REJECTED, "wrong frame", "ana"));

        ItemStore items = new ItemStore(db);
        assertEquals(ReviewState.REJECTED, items.find("t1-a").orElseThrow().state());
        assertEquals(ReviewState.FLAGGED, items.find("t1-b").orElseThrow().state(), "ben's flag stands");
        assertEquals(ReviewState.PENDING, items.find("t1-c").orElseThrow().state(), "not shown, not changed");
        assertEquals("(bulk) wrong frame", new ReviewStore(db).trail("t1-a").get(0).comment());
    }

    @Test
    void aBulkFlagNeedsAReasonLikeOneFlag() throws Exception {
        DataSource db = TestItems.freshDatabase();
        TestItems.insert(db, "t1-a", "T1", "train", "1aku", 1);
        BulkReview bulk = new BulkReview(db);
        BulkSelection shown = bulk.select(pendingT1());
        assertThrows(IllegalArgumentException.class, () -> bulk.apply(shown, ReviewState.FLAGGED, " ", "ana"));
        assertTrue(new ReviewStore(db).trail("t1-a").isEmpty());
    }
}
