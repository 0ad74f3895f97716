package org.misibench.jobs.review;

import java.time.Instant;

/**
 * One MISI.ITEM row as the item page needs it. {@code version} is the optimistic-locking token:
 * a decision names the version it was made on and loses to any change made since.
 */
public record ItemRecord(String itemId, String task, String split, String complexId, long runId, long jobExecutionId,
                         ReviewState state, int version, String itemJson, Instant createdAt, Instant updatedAt) {
}
