package org.misibench.jobs.review;

/**
 * A decision lost the optimistic-locking race: someone changed the item after the curator
 * opened it. Nothing was written; the message says what the item is now.
 */
public final class ReviewConflictException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ReviewState currentState;

    public ReviewConflictException(String itemId, ReviewState currentState, String lastReviewer) {
        super("item " + itemId + " was changed by " + (lastReviewer == null ? "another session" : lastReviewer)
                + " while you had it open: it is now " + currentState.dbName()
                + ". Nothing was saved; check the item as it is now and decide again.");
        this.currentState = currentState;
    }

    public ReviewState currentState() {
        return currentState;
    }
}
