package org.misibench.render.image;

/**
 * Which PNG row filter (PNG spec §9) the encoder applies before deflate. Filters turn smooth
 * shading into runs of small numbers that deflate compresses well; choosing one costs time, so the
 * strategy is an option and the benchmark ({@code bench/png-encoding.md}) picks the default.
 */
public enum FilterStrategy {
    /** Filter type 0 on every row: cheapest, worst on gradients. */
    NONE(0),
    /** Filter type 1 on every row: difference to the pixel on the left. */
    SUB(1),
    /** Filter type 2 on every row: difference to the pixel above. */
    UP(2),
    /** Filter type 4 on every row: difference to the Paeth predictor of left, above and upper left. */
    PAETH(4),
    /**
     * For each row, the type (0 to 4) whose output has the smallest sum of absolute values taken as
     * signed bytes: libpng's heuristic, usually the smallest files for rendered images.
     */
    ADAPTIVE(-1);

    private final int pngType;

    FilterStrategy(int pngType) {
        this.pngType = pngType;
    }

    /** The PNG filter type byte every row gets, or -1 when it is chosen per row. */
    int pngType() {
        return pngType;
    }
}
