package org.misibench.jobs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.misibench.scoring.LineProblem;
import org.misibench.scoring.Predictions;
import org.misibench.scoring.ReferenceRow;
import org.misibench.scoring.GroundTruth;
import org.misibench.scoring.ReleaseItems;
import org.misibench.scoring.ReleaseScore;
import org.misibench.scoring.ReleaseScoreJson;
import org.misibench.scoring.ReleaseScoring;
import org.misibench.scoring.ScoreColumn;
import org.misibench.scoring.ScoreReport;
import org.misibench.scoring.ScoreStats;
import org.misibench.scoring.ScoringInputException;
import org.misibench.scoring.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code misi score}: scores a model's predictions on a release by the rules of spec §6 and prints the
 * per-task table, the average without T5/T6, the published rows beside this run, and what could not be
 * scored (unknown ids, missing, unparsable and duplicate predictions, malformed lines). Writes through
 * picocli's writers so that tests can run it in-process.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score a model's predictions on a release (spec section 6).",
                "Reads items/T<N>_<split>.jsonl of the release and a JSONL of {\"id\": ..., \"prediction\": ...} lines.",
                "Items without a prediction score 0; bad prediction lines are listed and skipped.",
                "Exit code 0 when scored, 2 with a one-line reason when the release or predictions cannot be read."})
final class ScoreCommand implements Callable<Integer> {

    /** How many unknown ids, duplicates or malformed lines to list before summarising the rest. */
    private static final int LISTED = 10;

    @Spec
    CommandSpec spec;

    @Option(names = "--release", required = true, paramLabel = "DIR", description = "The release folder.")
    Path release;

    @Option(names = "--predictions", required = true, paramLabel = "FILE", description = "JSONL of {\"id\", \"prediction\"}.")
    Path predictions;

    @Option(names = "--split", paramLabel = "test|train|all", defaultValue = "test", description = "Items to score (default: test).")
    String split;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    Path json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> splits = switch (split) {
            case "test", "train" -> List.of(split);
            case "all" -> ReleaseItems.SPLITS;
            default -> null;
        };
        if (splits == null) {
            err.println("score: unknown split '" + split + "' (test, train or all)");
            return 2;
        }
        ReleaseScore score;
        try {
            List<GroundTruth> items = ReleaseItems.read(release, splits);
            score = ReleaseScoring.score(items, Predictions.read(predictions));
        } catch (ScoringInputException e) {
            err.println("score: " + e.getMessage());
            return 2;
        }
        if (json != null) {
            try {
                Files.writeString(json, ReleaseScoreJson.write(score, release.toString(), split, predictions.toString()));
            } catch (IOException e) {
                err.println("score: " + json + ": cannot write: " + e.getMessage());
                return 2;
            }
        }
        print(out, score);
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, ReleaseScore score) {
        ScoreReport report = score.report();
        out.printf(Locale.ROOT, "score: release %s, split %s (%d items), predictions %s%n", release, split, score.items(), predictions);
        out.printf(Locale.ROOT, "%-4s  %-28s %6s %8s %8s %11s %8s%n", "task", "title", "items", "score %", "exact %", "unparsable", "missing");
        for (Task task : Task.values()) {
            ScoreStats s = report.stats(task);
            out.printf(Locale.ROOT, "%-4s  %-28s %6d %8s %8s %11d %8d%n", task.label(), task.title(), s.count(),
                    percent(s.meanScorePercent()), percent(s.exactMatchPercent()), s.unparsableCount(), score.missing(task));
        }
        out.printf(Locale.ROOT, "average without T5/T6: %s (exact match %s) over the paper's columns, T4 as RL+ and RL-; %s over tasks%n",
                percent(report.headlineAverage()), percent(report.headlineExactMatchAverage()), percent(report.taskAverage()));

        // the published rows are on the paper's "tiny" subset: a guide, not a like-for-like comparison
        List<ReferenceRow> rows = report.referenceRows();
        out.println();
        out.println("weighted score % by the paper's columns, beside the published rows (tiny subset):");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-6s %9s", "column", "this run"));
        rows.forEach(r -> header.append(String.format(Locale.ROOT, " %18s", r.name())));
        out.println(header);
        for (ScoreColumn column : ScoreColumn.values()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-6s %9s", column.header(),
                    percent(report.stats(column).meanScorePercent())));
            rows.forEach(r -> line.append(String.format(Locale.ROOT, " %18s", percent(r.weightedScores().get(column)))));
            out.println(line);
        }
        StringBuilder average = new StringBuilder(String.format(Locale.ROOT, "%-6s %9s", "avg", percent(report.headlineAverage())));
        rows.forEach(r -> average.append(String.format(Locale.ROOT, " %18s", percent(r.headlineAverage()))));
        out.println(average);

        out.println();
        out.printf(Locale.ROOT, "not scored as answered: %d unknown id%s, %d missing (scored 0), %d unparsable (scored 0), "
                        + "%d duplicate id%s (first counted), %d malformed line%s%n",
                score.unknownIds().size(), plural(score.unknownIds().size()), score.missing(), score.unparsable(),
                score.duplicateIds().size(), plural(score.duplicateIds().size()),
                score.malformedLines().size(), plural(score.malformedLines().size()));
        list(out, "unknown id", score.unknownIds());
        list(out, "duplicate id", score.duplicateIds());
        list(out, "malformed line", score.malformedLines().stream().map(LineProblem::toString).toList());
    }

    private static void list(PrintWriter out, String what, List<String> entries) {
        entries.stream().limit(LISTED).forEach(e -> out.println("  " + what + ": " + e));
        if (entries.size() > LISTED) {
            out.printf(Locale.ROOT, "  ... and %d more %s%s%n", entries.size() - LISTED, what, "s");
        }
    }

    /** Two decimals as the paper prints them; "-" for an empty group, whose mean is NaN. */
    private static String percent(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
