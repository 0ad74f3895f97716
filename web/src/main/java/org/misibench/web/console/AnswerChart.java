package org.misibench.web.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One task's answer distribution as a horizontal bar chart in SVG: one bar per answer bucket in
 * bucket order, the count at the bar's end. A flat chart means a model cannot score by always
 * giving the commonest answer; a tall bar shows at a glance where it could.
 */
public final class AnswerChart {

    /** Buckets drawn; the smallest beyond these are summed into "other". */
    static final int MAX_BARS = 12;
    private static final int WIDTH = 360;
    private static final int LABEL = 130;
    private static final int ROW = 17;

    private AnswerChart() {
    }

    public static String svg(String title, Map<String, Integer> histogram) {
        List<Map.Entry<String, Integer>> bars = bars(histogram);
        int max = bars.stream().mapToInt(Map.Entry::getValue).max().orElse(1);
        int height = 22 + ROW * Math.max(1, bars.size());
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(Svg.text(title)).append("\">");
        s.append("<text x=\"0\" y=\"13\" class=\"chart-title\">").append(Svg.text(title)).append("</text>");
        if (bars.isEmpty()) {
            s.append("<text x=\"0\" y=\"32\" class=\"chart-empty\">no items</text>");
        }
        double room = WIDTH - LABEL - 44;
        for (int i = 0; i < bars.size(); i++) {
            Map.Entry<String, Integer> bar = bars.get(i);
            int y = 22 + i * ROW;
            double w = Math.max(1, room * bar.getValue() / max);
            String label = bar.getKey().length() > 20 ? bar.getKey().substring(0, 19) + "…" : bar.getKey();
            s.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 12)
                    .append("\" text-anchor=\"end\" class=\"chart-label\"><title>").append(Svg.text(bar.getKey()))
                    .append("</title>").append(Svg.text(label)).append("</text>");
            s.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 2).append("\" width=\"").append(Svg.num(w))
                    .append("\" height=\"").append(ROW - 4).append("\" rx=\"2\" class=\"chart-bar\"/>");
            s.append("<text x=\"").append(Svg.num(LABEL + w + 4)).append("\" y=\"").append(y + 12)
                    .append("\" class=\"chart-count\">").append(bar.getValue()).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    /** Bucket order, but at most {@link #MAX_BARS}: the largest, and "other" for the rest. */
    static List<Map.Entry<String, Integer>> bars(Map<String, Integer> histogram) {
        List<Map.Entry<String, Integer>> all = new ArrayList<>(histogram.entrySet());
        if (all.size() <= MAX_BARS) {
            all.sort(Map.Entry.comparingByKey());
            return all;
        }
        all.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<Map.Entry<String, Integer>> kept = new ArrayList<>(all.subList(0, MAX_BARS - 1));
        kept.sort(Map.Entry.comparingByKey());
        int rest = all.subList(MAX_BARS - 1, all.size()).stream().mapToInt(Map.Entry::getValue).sum();
        kept.add(Map.entry("other (" + (all.size() - MAX_BARS + 1) + ")", rest));
        return kept;
    }
}
