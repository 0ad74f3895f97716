package org.misibench.web.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.misibench.jobs.review.ItemQueue;
import org.misibench.jobs.review.QueueFilter;
import org.misibench.jobs.review.QueueSort;
import org.misibench.jobs.review.ReviewState;
import org.misibench.jobs.review.SavedFilter;

class SavedFilterRowTest {

    private static SavedFilterRow row(QueueFilter filter, long matching) {
        return new SavedFilterRow(new SavedFilter(1, "cora", "mine", filter, Instant.EPOCH), matching);
    }

    @Test
    void theLinkCarriesTheSavedFieldsAndOpensTheSameFilter() {
        QueueFilter filter = new QueueFilter("T4", "test", ReviewState.FLAGGED, "7C6P SQH", 3L, QueueSort.ID_DESC);
        String url = row(filter, 0).url();
        assertEquals("queue.xhtml?task=T4&split=test&state=flagged&complex=7C6P+SQH&run=3&sort=ID_DESC", url);
        assertEquals(filter, QueueParams.of(filter).toFilter());
        assertEquals("queue.xhtml", row(QueueFilter.all(), 0).url(), "the default order is left out");
    }

    @Test
    void theCountStopsWhereTheQueuesCountStops() {
        assertEquals("0", row(QueueFilter.all(), 0).countText());
        assertEquals("10,000", row(QueueFilter.all(), ItemQueue.COUNT_CAP).countText());
        assertEquals("10,000+", row(QueueFilter.all(), ItemQueue.COUNT_CAP + 1).countText());
    }
}
