package org.misibench.jobs.review;

import java.time.Instant;

/** One line of the review queue: what a curator scans before opening an item (no JSON, no CLOB). */
public record QueueRow(String itemId, String task, String split, String complexId, long runId,
                       ReviewState state, String answer, Instant updatedAt) {
}
