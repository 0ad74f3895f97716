package org.misibench.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Accumulates scored items into the per-task figures of spec §6: count, mean weighted score, exact-match
 * accuracy and number of unparsable answers, per {@link Task} and per paper {@link ScoreColumn}, plus the
 * averages that exclude T5 and T6. All figures are percent, as in the paper. Not thread-safe: one report
 * per evaluation run.
 *
 * <p>Two averages are offered because the paper's headline splits T4: {@link #headlineAverage()} is the
 * mean over the eight paper columns other than T5/T6 (T4 counted as RL+ and RL−), comparable with
 * {@link ReferenceRow#headlineAverage()}; {@link #taskAverage()} is the mean over the seven tasks other
 * than T5/T6. Both skip groups with no items rather than counting them as 0.
 */
public final class ScoreReport {

    private final Map<Task, Tally> byTask = new EnumMap<>(Task.class);
    private final Map<ScoreColumn, Tally> byColumn = new EnumMap<>(ScoreColumn.class);

    /** Adds one scored item; the truth decides its column (T4 positives vs negatives). */
    public void add(Task task, Answer truth, ItemScore score) {
        if (truth.kind() != task.answerKind()) {
            throw new IllegalArgumentException(task.label() + " expects a " + task.answerKind()
                    + " truth, got " + truth.kind());
        }
        byTask.computeIfAbsent(task, t -> new Tally()).add(score);
        byColumn.computeIfAbsent(ScoreColumn.of(task, truth), c -> new Tally()).add(score);
    }

    public ScoreStats stats(Task task) {
        return byTask.getOrDefault(task, new Tally()).stats();
    }

    public ScoreStats stats(ScoreColumn column) {
        return byColumn.getOrDefault(column, new Tally()).stats();
    }

    /** The paper's headline: mean weighted score over the non-empty columns other than T5 and T6. */
    public double headlineAverage() {
        return meanOverColumns(ScoreStats::meanScorePercent);
    }

    /** The same average over exact-match accuracy (the paper's Table 2 "Avg"). */
    public double headlineExactMatchAverage() {
        return meanOverColumns(ScoreStats::exactMatchPercent);
    }

    /** Mean weighted score over the non-empty tasks other than T5 and T6, T4 as one task. */
    public double taskAverage() {
        return mean(List.of(Task.values()).stream().filter(Task::inHeadlineAverage).map(this::stats).toList(),
                ScoreStats::meanScorePercent);
    }

    /** The published rows to set beside this report. */
    public List<ReferenceRow> referenceRows() {
        return ReferenceRow.published();
    }

    private double meanOverColumns(ToDoubleFunction<ScoreStats> figure) {
        return mean(List.of(ScoreColumn.values()).stream().filter(ScoreColumn::inHeadlineAverage)
                .map(this::stats).toList(), figure);
    }

    /** Mean of a figure over the non-empty groups; NaN when all are empty. */
    private static double mean(List<ScoreStats> groups, ToDoubleFunction<ScoreStats> figure) {
        return groups.stream().filter(s -> !s.isEmpty()).mapToDouble(figure).average().orElse(Double.NaN);
    }

    /** Running sums for one group. */
    private static final class Tally {
        private int count;
        private double scoreSum;
        private int exact;
        private int unparsable;

        void add(ItemScore s) {
            count++;
            scoreSum += s.score();
            if (s.exactMatch()) {
                exact++;
            }
            if (s.unparsable()) {
                unparsable++;
            }
        }

        ScoreStats stats() {
            if (count == 0) {
                return new ScoreStats(0, Double.NaN, Double.NaN, 0);
            }
            return new ScoreStats(count, 100.0 * scoreSum / count, 100.0 * exact / count, unparsable);
        }
    }
}
