package org.misibench.jobs.review;

import java.time.Instant;

/** A queue filter a curator saved under a name (MISI.SAVED_FILTER); only its owner sees and deletes it. */
public record SavedFilter(long id, String owner, String name, QueueFilter filter, Instant createdAt) {
}
