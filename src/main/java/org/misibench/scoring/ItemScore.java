package org.misibench.scoring;

/**
 * The score of one answered item: the weighted score in [0, 1] of spec §6, whether the answer matches the
 * truth exactly (reported separately for every task), and whether the answer could not be parsed at all
 * (which scores 0 and is counted so that a report can show how often a model broke the format).
 */
public record ItemScore(double score, boolean exactMatch, boolean unparsable) {

    public ItemScore {
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must lie in [0, 1], got " + score);
        }
        if (exactMatch && score != 1.0) {
            throw new IllegalArgumentException("an exact match scores 1, got " + score);
        }
        if (unparsable && (score != 0.0 || exactMatch)) {
            throw new IllegalArgumentException("an unparsable answer scores 0");
        }
    }

    public static ItemScore unparsableAnswer() {
        return new ItemScore(0.0, false, true);
    }

    static ItemScore of(double score, boolean exactMatch) {
        return new ItemScore(exactMatch ? 1.0 : score, exactMatch, false);
    }
}
