/**
 * Scoring of model answers against MiSI-Bench ground truth (spec §4 answer grammar, §5 answer formats,
 * §6 scoring): parse an answer string ({@link org.misibench.scoring.AnswerParser}), score it against the
 * truth ({@link org.misibench.scoring.TaskScorer}) and accumulate a per-task report
 * ({@link org.misibench.scoring.ScoreReport}); for a whole release, read its items
 * ({@link org.misibench.scoring.ReleaseItems}) and a model's predictions
 * ({@link org.misibench.scoring.Predictions}) and score them ({@link org.misibench.scoring.ReleaseScoring}).
 * Depends on nothing else in the project (JSON-P only), so that the
 * evaluation harness can score answers without the renderer or the chemistry code.
 */
package org.misibench.scoring;
