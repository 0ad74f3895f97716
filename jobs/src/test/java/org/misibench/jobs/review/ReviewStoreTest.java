package org.misibench.jobs.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class ReviewStoreTest {

    @Test
    void aDecisionChangesTheStateBumpsTheVersionAndLeavesATrail() throws Exception {
        DataSource db = TestItems.freshDatabase();
        TestItems.insert(db, "t1-0000000000000001", "T1", "test", "1aku", 1);
        ReviewStore reviews = new ReviewStore(db);

        reviews.decide(new ReviewDecision("t1-0000000000000001", 0, ReviewState.FLAGGED, " arrow hides a label "), "ana");
        reviews.decide(new ReviewDecision("t1-0000000000000001", 1, ReviewState.APPROVED, null), "ben");

        ItemRecord item = new ItemStore(db).find("t1-0000000000000001").orElseThrow();
        assertEquals(ReviewState.APPROVED, item.state());
        assertEquals(2, item.version());
        List<ReviewEntry> trail = reviews.trail("t1-0000000000000001");
        assertEquals(List.of("ana", "ben"), trail.stream().map(ReviewEntry::reviewer).toList());
        assertEquals(ReviewState.PENDING, trail.get(0).fromState());
        assertEquals("arrow hides a label", trail.get(0).comment());
        assertEquals(ReviewState.FLAGGED, trail.get(1).fromState());
    }

    @Test
    void theSecondDecisionOnTheSameVersionLosesAndWritesNothing() throws Exception {
        DataSource db = TestItems.freshDatabase();
        TestItems.insert(db, "t1-0000000000000002", "T1", "test", "1aku", 1);
        ReviewStore reviews = new ReviewStore(db);
        reviews.decide(new ReviewDecision("t1-0000000000000002", 0, ReviewState.APPROVED, null), "ana");

        ReviewConflictException conflict = assertThrows(ReviewConflictException.class,
                () -> reviews.decide(new ReviewDecision("t1-0000000000000002", 0, ReviewState.REJECTED, "no"), "ben"));

        assertEquals(ReviewState.APPROVED, conflict.currentState());
        assertTrue(conflict.getMessage().contains("changed by ana"), conflict.getMessage());
        assertEquals(ReviewState.APPROVED, new ItemStore(db).find("t1-0000000000000002").orElseThrow().state());
        assertEquals(1, reviews.trail("t1-0000000000000002").size());
    }

    @Test
    void aFlagNeedsAReason() {
        assertThrows(IllegalArgumentException.class, () -> new ReviewDecision("x", 0, ReviewState.FLAGGED, "  "));
        assertThrows(IllegalArgumentException.class, () -> new ReviewDecision("x", 0, ReviewState.PENDING, null));
    }
}
