package org.misibench.web.review;

import org.misibench.jobs.review.ItemQueue;
import org.misibench.jobs.review.SavedFilter;

/**
 * A saved filter as the queue page lists it: its link and how many items match it now, counted
 * as the queue counts ({@code matching} up to {@link ItemQueue#COUNT_CAP} + 1).
 */
public record SavedFilterRow(SavedFilter saved, long matching) {

    public String url() {
        String query = QueueParams.of(saved.filter()).query();
        return query.isEmpty() ? "queue.xhtml" : "queue.xhtml?" + query;
    }

    /** E.g. "1,234", or "10,000+" past the cap. */
    public String countText() {
        return matching > ItemQueue.COUNT_CAP ? String.format("%,d+", ItemQueue.COUNT_CAP) : String.format("%,d", matching);
    }
}
