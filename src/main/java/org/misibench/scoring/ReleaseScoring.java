package org.misibench.scoring;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a model's predictions on the items of a release (spec §6): every item is scored by
 * {@link TaskScorer}, its prediction parsed leniently by {@link AnswerParser}; an item without a
 * prediction scores 0 and is counted as missing; predictions for ids that are not among the items are
 * counted as unknown and otherwise ignored.
 */
public final class ReleaseScoring {

    private ReleaseScoring() {
    }

    public static ReleaseScore score(List<GroundTruth> items, Predictions predictions) {
        TaskScorer scorer = new TaskScorer();
        AnswerParser parser = new AnswerParser();
        ScoreReport report = new ScoreReport();
        Map<Task, Integer> missing = new EnumMap<>(Task.class);
        Set<String> itemIds = new HashSet<>();
        for (GroundTruth item : items) {
            itemIds.add(item.id());
            Optional<String> prediction = predictions.get(item.id());
            ItemScore score;
            if (prediction.isPresent()) {
                score = scorer.score(item.task(), item.truth(), parser.parse(item.task(), prediction.get()));
            } else {
                missing.merge(item.task(), 1, Integer::sum);
                score = new ItemScore(0.0, false, false);
            }
            report.add(item.task(), item.truth(), score);
        }
        List<String> unknown = predictions.ids().stream().filter(id -> !itemIds.contains(id)).toList();
        return new ReleaseScore(report, items.size(), missing, unknown, predictions.duplicateIds(),
                predictions.malformedLines());
    }
}
