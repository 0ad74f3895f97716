package org.misibench.scoring;

import java.util.List;
import java.util.Map;

/**
 * The outcome of scoring a predictions file against a release: the per-task {@link ScoreReport} and the
 * bookkeeping that says how far the figures can be trusted. Missing predictions are inside the report
 * (scored 0, so a model cannot raise its score by skipping hard items); unknown ids, duplicates and
 * malformed lines are not, because they belong to no scored item.
 *
 * @param report         per task and per paper column, every item of the split included
 * @param items          number of items scored
 * @param missingByTask  items without a prediction, per task (absent: none)
 * @param unknownIds     prediction ids that are not among the scored items, in file order
 * @param duplicateIds   one entry per repeated prediction line (the first prediction counted)
 * @param malformedLines prediction lines that could not be read
 */
public record ReleaseScore(ScoreReport report, int items, Map<Task, Integer> missingByTask, List<String> unknownIds,
                           List<String> duplicateIds, List<LineProblem> malformedLines) {

    public ReleaseScore {
        missingByTask = Map.copyOf(missingByTask);
        unknownIds = List.copyOf(unknownIds);
        duplicateIds = List.copyOf(duplicateIds);
        malformedLines = List.copyOf(malformedLines);
    }

    public int missing(Task task) {
        return missingByTask.getOrDefault(task, 0);
    }

    /** Items of the split that had no prediction (each scored 0). */
    public int missing() {
        return missingByTask.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Predictions that did not parse by the answer grammar (each scored 0). */
    public int unparsable() {
        return List.of(Task.values()).stream().mapToInt(t -> report.stats(t).unparsableCount()).sum();
    }
}
