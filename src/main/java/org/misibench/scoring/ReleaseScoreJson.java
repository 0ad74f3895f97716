package org.misibench.scoring;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.Map;

/**
 * A {@link ReleaseScore} as JSON: the same figures as {@code misi score} prints, for scripts and leader
 * boards. Percentages are unrounded; a figure of an empty group (NaN in {@link ScoreStats}) is {@code null},
 * since JSON has no NaN and 0 would pass for a score.
 */
public final class ReleaseScoreJson {

    private ReleaseScoreJson() {
    }

    /** The report, pretty-printed; {@code release}, {@code split} and {@code predictions} say what was scored. */
    public static String write(ReleaseScore score, String release, String split, String predictions) {
        ScoreReport report = score.report();
        JsonArrayBuilder tasks = Json.createArrayBuilder();
        for (Task task : Task.values()) {
            ScoreStats s = report.stats(task);
            tasks.add(stats(Json.createObjectBuilder().add("task", task.label()).add("title", task.title()), s)
                    .add("missing", score.missing(task)));
        }
        JsonArrayBuilder columns = Json.createArrayBuilder();
        for (ScoreColumn column : ScoreColumn.values()) {
            columns.add(stats(Json.createObjectBuilder().add("column", column.header())
                    .add("task", column.task().label()), report.stats(column)));
        }
        JsonArrayBuilder references = Json.createArrayBuilder();
        for (ReferenceRow row : report.referenceRows()) {
            JsonObjectBuilder scores = Json.createObjectBuilder();
            for (ScoreColumn column : ScoreColumn.values()) {
                scores.add(column.header(), row.weightedScores().get(column));
            }
            references.add(Json.createObjectBuilder().add("name", row.name())
                    .add("average", row.headlineAverage()).add("columns", scores));
        }
        JsonArrayBuilder malformed = Json.createArrayBuilder();
        for (LineProblem p : score.malformedLines()) {
            malformed.add(Json.createObjectBuilder().add("file", p.file().toString()).add("line", p.line())
                    .add("reason", p.reason()));
        }
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("release", release)
                .add("split", split)
                .add("predictions", predictions)
                .add("tasks", tasks)
                .add("columns", columns);
        number(root, "average", report.headlineAverage());
        number(root, "average_exact_match", report.headlineExactMatchAverage());
        number(root, "task_average", report.taskAverage());
        root.add("reference", references)
                .add("counts", Json.createObjectBuilder()
                        .add("items", score.items())
                        .add("unknown_ids", score.unknownIds().size())
                        .add("missing", score.missing())
                        .add("unparsable", score.unparsable())
                        .add("duplicate_ids", score.duplicateIds().size())
                        .add("malformed_lines", score.malformedLines().size()))
                .add("unknown_ids", Json.createArrayBuilder(score.unknownIds()))
                .add("duplicate_ids", Json.createArrayBuilder(score.duplicateIds()))
                .add("malformed_lines", malformed);
        StringWriter out = new StringWriter();
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            w.writeObject(root.build());
        }
        return out.toString().strip() + "\n";
    }

    private static JsonObjectBuilder stats(JsonObjectBuilder o, ScoreStats s) {
        o.add("items", s.count());
        number(o, "score", s.meanScorePercent());
        number(o, "exact_match", s.exactMatchPercent());
        return o.add("unparsable", s.unparsableCount());
    }

    private static void number(JsonObjectBuilder o, String key, double value) {
        if (Double.isNaN(value)) {
            o.addNull(key);
        } else {
            o.add(key, value);
        }
    }
}
