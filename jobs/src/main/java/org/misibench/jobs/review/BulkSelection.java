package org.misibench.jobs.review;

import java.io.Serializable;
import java.util.List;

/**
 * The items a curator was shown on the bulk confirmation page, each with the version and state it
 * had then. A bulk decision applies only to items still at that version, so whatever changed after
 * the count was shown (another curator's decision, a regenerated item) is left alone.
 *
 * @param truncated more items matched than {@link BulkReview#MAX_ITEMS}; only the first ones are here
 */
public record BulkSelection(List<Entry> entries, boolean truncated) implements Serializable {

    public record Entry(String itemId, int version, ReviewState state) implements Serializable {
    }

    public BulkSelection {
        entries = List.copyOf(entries);
    }

    public int size() {
        return entries.size();
    }
}
