package org.misibench.jobs.review;

import java.util.List;

/**
 * One page of the queue and whether there is more before or after it. {@code matching} counts the
 * items that match the filter, up to {@link ItemQueue#COUNT_CAP} ({@code capped} then says "more").
 */
public record QueuePage(List<QueueRow> rows, boolean hasPrevious, boolean hasNext, long matching, boolean capped) {

    public String firstId() {
        return rows.isEmpty() ? null : rows.get(0).itemId();
    }

    public String lastId() {
        return rows.isEmpty() ? null : rows.get(rows.size() - 1).itemId();
    }
}
