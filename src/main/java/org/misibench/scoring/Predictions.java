package org.misibench.scoring;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model's answers: a JSONL file of {@code {"id": "...", "prediction": "..."}} lines (docs/release-format.md).
 * Model output is untrusted and often produced by ad-hoc scripts, so a bad line is recorded and skipped,
 * never fatal: a line that is not such an object is a {@link LineProblem}, and blank lines are ignored.
 * Other keys are allowed (a harness may keep the raw response beside the prediction).
 *
 * <p><b>Decision:</b> when an id appears on several lines the first prediction counts and the later ones
 * are recorded as duplicates, so a file that lists several tries cannot pick its best one.
 */
public final class Predictions {

    private final Path file;
    private final Map<String, String> byId;
    private final List<String> duplicateIds;
    private final List<LineProblem> malformedLines;

    private Predictions(Path file, Map<String, String> byId, List<String> duplicateIds, List<LineProblem> malformedLines) {
        this.file = file;
        this.byId = Collections.unmodifiableMap(byId);
        this.duplicateIds = List.copyOf(duplicateIds);
        this.malformedLines = List.copyOf(malformedLines);
    }

    /** Reads a predictions file; only a file that cannot be read at all is an exception. */
    public static Predictions read(Path file) throws ScoringInputException {
        if (!Files.isRegularFile(file)) {
            throw new ScoringInputException(file.toString(), "no such predictions file");
        }
        Map<String, String> byId = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        List<LineProblem> malformed = new ArrayList<>();
        int lineNumber = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonObject o = JsonLines.object(line);
                    String id = JsonLines.string(o, "id").filter(s -> !s.isBlank())
                            .orElseThrow(() -> new IllegalArgumentException("no string 'id'"));
                    String prediction = JsonLines.string(o, "prediction")
                            .orElseThrow(() -> new IllegalArgumentException("no string 'prediction' for " + id));
                    if (byId.putIfAbsent(id, prediction) != null) {
                        duplicates.add(id);
                    }
                } catch (IllegalArgumentException e) {
                    malformed.add(new LineProblem(file, lineNumber, e.getMessage()));
                }
            }
        } catch (CharacterCodingException e) {
            // no line number: the reader decodes ahead of the line it returns
            throw new ScoringInputException(file.toString(), "not UTF-8 text");
        } catch (IOException e) {
            throw new ScoringInputException(file.toString(), "cannot read: " + e.getMessage());
        }
        return new Predictions(file, byId, duplicates, malformed);
    }

    public Path file() {
        return file;
    }

    /** The prediction for an item id (the first one, if the file has several). */
    public Optional<String> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids with a usable prediction, in file order. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** One entry per line that repeated an id already seen (the repeat is ignored). */
    public List<String> duplicateIds() {
        return duplicateIds;
    }

    /** Lines that were not a {@code {"id": string, "prediction": string}} object. */
    public List<LineProblem> malformedLines() {
        return malformedLines;
    }
}
