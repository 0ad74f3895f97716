package org.misibench.web.console;

import java.util.Map;
import org.misibench.jobs.review.ReviewState;

/**
 * How far review has come, as one stacked SVG bar: approved, flagged, rejected, then pending, in
 * the colours of the state badges elsewhere in the console, scaled to the bar's full width.
 */
public final class ReviewProgressChart {

    private static final ReviewState[] ORDER = {ReviewState.APPROVED, ReviewState.FLAGGED, ReviewState.REJECTED,
        ReviewState.PENDING};

    private ReviewProgressChart() {
    }

    /** A bar {@code width} × {@code height} pixels; every segment has a tooltip with its count. */
    public static String svg(Map<ReviewState, Long> counts, int width, int height) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"progress-bar\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\">");
        s.append("<rect width=\"").append(width).append("\" height=\"").append(height).append("\" rx=\"3\" class=\"seg-empty\"/>");
        double x = 0;
        for (ReviewState state : ORDER) {
            long n = counts.getOrDefault(state, 0L);
            if (n == 0 || total == 0) {
                continue;
            }
            double w = (double) width * n / total;
            s.append("<rect x=\"").append(Svg.num(x)).append("\" width=\"").append(Svg.num(w)).append("\" height=\"")
                    .append(height).append("\" class=\"seg-").append(state.dbName()).append("\"><title>").append(n)
                    .append(' ').append(state.dbName()).append("</title></rect>");
            x += w;
        }
        return s.append("</svg>").toString();
    }
}
