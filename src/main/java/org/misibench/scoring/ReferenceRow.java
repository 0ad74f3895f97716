package org.misibench.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A published result row from the paper's Table 1 (weighted score, tiny subset, percent), kept so that a
 * report can be set beside what the paper measured. {@link #headlineAverage()} is the average the paper
 * prints, which is the mean of the eight columns other than T5 and T6.
 */
public record ReferenceRow(String name, double headlineAverage, Map<ScoreColumn, Double> weightedScores) {

    public ReferenceRow {
        weightedScores = Map.copyOf(weightedScores);
    }

    /** Human baseline: headline 81.18 (spec §6). */
    public static final ReferenceRow HUMANS = row("Humans", 81.18,
            100.00, 70.18, 30.00, 100.00, 100.00, 32.00, 26.00, 74.54, 92.00, 82.78);

    /** Qwen2.5-VL-7B fine-tuned on the training split, the paper's best model: headline 62.96 (spec §6). */
    public static final ReferenceRow FINE_TUNED_7B = row("Qwen2.5-VL-7B-SFT", 62.96,
            99.84, 99.71, 27.14, 63.46, 89.52, 88.44, 89.59, 24.94, 88.37, 10.72);

    /** The published rows this project compares against. */
    public static List<ReferenceRow> published() {
        return List.of(HUMANS, FINE_TUNED_7B);
    }

    /** Values in {@link ScoreColumn} order. */
    private static ReferenceRow row(String name, double headline, double... columns) {
        Map<ScoreColumn, Double> m = new EnumMap<>(ScoreColumn.class);
        ScoreColumn[] cs = ScoreColumn.values();
        for (int i = 0; i < cs.length; i++) {
            m.put(cs[i], columns[i]);
        }
        return new ReferenceRow(name, headline, m);
    }
}
