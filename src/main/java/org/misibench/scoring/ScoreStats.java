package org.misibench.scoring;

/**
 * Aggregate scores of a group of items (one task or one table column), in percent as the paper prints
 * them. The means are {@link Double#NaN} when the group is empty, so an empty group cannot pass for a
 * score of 0. Unparsable answers are included in the count and score 0 (the paper seems to have dropped
 * some failed responses; we keep them, so a broken format costs the model).
 */
public record ScoreStats(int count, double meanScorePercent, double exactMatchPercent, int unparsableCount) {

    public boolean isEmpty() {
        return count == 0;
    }
}
