package org.misibench.jobs.review;

/**
 * A curator's decision on one item, as made on the page: the target state, the item version the
 * curator saw, and the comment (the reason, for a flag). Checked here so that the web form, the
 * REST API and tests all obey the same rules.
 */
public record ReviewDecision(String itemId, int seenVersion, ReviewState toState, String comment) {

    public static final int MAX_COMMENT = 4000;

    public ReviewDecision {
        if (toState == ReviewState.PENDING) {
            throw new IllegalArgumentException("a review decides approved, flagged or rejected");
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (toState == ReviewState.FLAGGED && comment == null) {
            throw new IllegalArgumentException("a flag needs a reason: say what is wrong with the item");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("the comment is longer than " + MAX_COMMENT + " characters");
        }
    }
}
