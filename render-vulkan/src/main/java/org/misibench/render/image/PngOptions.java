package org.misibench.render.image;

import java.util.Objects;

/**
 * How {@link PngEncoder} trades time for size.
 *
 * @param deflateLevel zlib level 0 (store) to 9 (smallest); levels 1 to 3 use zlib's fast matcher
 * @param filter       the row filter applied before deflate
 */
public record PngOptions(int deflateLevel, FilterStrategy filter) {

    public PngOptions {
        if (deflateLevel < 0 || deflateLevel > 9) {
            throw new IllegalArgumentException("deflate level must be 0 to 9: " + deflateLevel);
        }
        Objects.requireNonNull(filter, "filter");
    }

    /**
     * Level 2 with the UP filter on every row. On a 512 × 512 molecule-like image (bench/png-encoding.md)
     * this was among the fastest settings, about 3× faster than javax.imageio and 13 % smaller;
     * ADAPTIVE and PAETH made files no smaller at levels 1–2 for 2–5 ms more; levels 4 and 6 saved
     * another 5–9 % of bytes for 1.5–2.5× the time.
     */
    public static PngOptions defaults() {
        return new PngOptions(2, FilterStrategy.UP);
    }

    public PngOptions withDeflateLevel(int level) {
        return new PngOptions(level, filter);
    }

    public PngOptions withFilter(FilterStrategy f) {
        return new PngOptions(deflateLevel, f);
    }
}
