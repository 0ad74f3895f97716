package org.misibench.jobs.review;

import java.time.Instant;

/** One line of an item's audit trail (MISI.ITEM_REVIEW): who moved it from which state to which, and why. */
public record ReviewEntry(String itemId, String reviewer, Instant reviewedAt, ReviewState fromState, ReviewState toState,
                          String comment) {
}
