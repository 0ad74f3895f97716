package org.misibench.scoring;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the items of a release folder for scoring: {@code items/T<N>_<split>.jsonl} for every task and the
 * chosen splits (docs/release-format.md). A task without a file has no items in that split, which a
 * release may legitimately have (e.g. no H-bond found for T8); no item file at all means the folder is not
 * a release.
 *
 * <p>The release is the ground truth, so unlike predictions it is read strictly: a line that is not an
 * item, an item in the wrong file, an answer that does not parse by the grammar or an id seen twice stops
 * the reading with a {@link ScoringInputException} naming {@code file:line}. Scoring against a silently
 * shortened truth would print numbers that look valid and are not.
 */
public final class ReleaseItems {

    /** The splits of a release, in the order {@code --split all} reads them. */
    public static final List<String> SPLITS = List.of("train", "test");

    private ReleaseItems() {
    }

    /** The file holding a task's items of one split. */
    public static Path itemFile(Path release, Task task, String split) {
        return release.resolve("items").resolve(task.label() + "_" + split + ".jsonl");
    }

    /** All items of the given splits, task by task (T1 first) and in file order within a task. */
    public static List<GroundTruth> read(Path release, List<String> splits) throws ScoringInputException {
        if (!Files.isDirectory(release)) {
            throw new ScoringInputException(release.toString(), "no such release folder");
        }
        if (!Files.isDirectory(release.resolve("items"))) {
            throw new ScoringInputException(release.toString(), "no items/ folder: not a release");
        }
        TaskScorer scorer = new TaskScorer();
        List<GroundTruth> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int files = 0;
        for (Task task : Task.values()) {
            for (String split : splits) {
                Path file = itemFile(release, task, split);
                if (Files.isRegularFile(file)) {
                    files++;
                    readFile(file, task, split, scorer, ids, items);
                }
            }
        }
        if (files == 0) {
            throw new ScoringInputException(release.resolve("items").toString(),
                    "no item files T<N>_<split>.jsonl for split " + String.join(" and ", splits));
        }
        return items;
    }

    private static void readFile(Path file, Task task, String split, TaskScorer scorer, Set<String> ids,
                                 List<GroundTruth> items) throws ScoringInputException {
        int lineNumber = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    GroundTruth item = item(JsonLines.object(line), task, split, scorer);
                    if (!ids.add(item.id())) {
                        throw new IllegalArgumentException("id " + item.id() + " appears twice in the release");
                    }
                    items.add(item);
                } catch (IllegalArgumentException e) {
                    throw new ScoringInputException(file + ":" + lineNumber, e.getMessage());
                }
            }
        } catch (CharacterCodingException e) {
            // no line number: the reader decodes ahead of the line it returns
            throw new ScoringInputException(file.toString(), "not UTF-8 text");
        } catch (IOException e) {
            throw new ScoringInputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    /** The item on one line; the file name decides task and split, and the item must agree with it. */
    private static GroundTruth item(JsonObject o, Task task, String split, TaskScorer scorer) {
        String id = required(o, "id");
        if (!required(o, "task").equals(task.label())) {
            throw new IllegalArgumentException("item " + id + " is " + o.getString("task") + ", in the " + task.label() + " file");
        }
        if (!required(o, "split").equals(split)) {
            throw new IllegalArgumentException("item " + id + " is " + o.getString("split") + ", in the " + split + " file");
        }
        // parseTruth throws IllegalArgumentException naming the task and the answer that does not parse
        Answer truth = scorer.parseTruth(task, required(o, "answer"));
        // scoring the truth against itself applies the scorer's checks of its shape (T3 one move z, T7 a roll
        // then a move x, ...) now, so a bad release item is reported at its line and not in mid-scoring
        scorer.score(task, truth, Parsed.ok(truth));
        return new GroundTruth(id, task, split, truth);
    }

    private static String required(JsonObject o, String key) {
        return JsonLines.string(o, key).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new IllegalArgumentException("no string '" + key + "'"));
    }
}
