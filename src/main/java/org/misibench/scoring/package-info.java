/**
 * Scoring of model answers against MiSI-Bench ground truth (spec §4 answer grammar, §5 answer formats,
 * §6 scoring): parse an answer string ({@link org.misibench.scoring.AnswerParser}), score it against the
 * truth ({@link org.misibench.scoring.TaskScorer}) and accumulate a per-task report
 * ({@link org.misibench.scoring.ScoreReport}). Depends on nothing else in the project, so that the
 * evaluation harness can score answers without the renderer or the chemistry code.
 */
package org.misibench.scoring;
