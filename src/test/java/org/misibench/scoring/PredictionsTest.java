package org.misibench.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a predictions file: bad lines are recorded, only an unreadable file is an error. */
class PredictionsTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsAnError() {
        Path missing = dir.resolve("missing.jsonl");
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> Predictions.read(missing));
        assertEquals(missing + ": no such predictions file", e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsAnError() throws Exception {
        Path latin1 = dir.resolve("latin1.jsonl");
        Files.write(latin1, "{\"id\":\"a\",\"prediction\":\"A\"}\n{\"id\":\"b\",\"prediction\":\"\u00c5\"}\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> Predictions.read(latin1));
        assertEquals(latin1 + ": not UTF-8 text", e.getMessage());
    }

    @Test
    void extraKeysAreAllowedAndTheFirstOfTwoPredictionsCounts() throws Exception {
        Path file = Files.writeString(dir.resolve("p.jsonl"), String.join("\n",
                "{\"id\":\"t5-01\",\"prediction\":\"B\",\"raw\":\"I think B.\"}",
                "{\"prediction\":\"C\",\"id\":\"t5-01\"}",
                "{\"id\":\"t5-02\",\"prediction\":\"\"}",
                "{\"id\":\"\",\"prediction\":\"A\"}",
                "{\"id\":\"t5-03\",\"prediction\":null}",
                "{\"id\":\"t5-04\",\"prediction\":\"A\"} trailing"));
        Predictions p = Predictions.read(file);
        assertEquals(Optional.of("B"), p.get("t5-01"));
        assertEquals(List.of("t5-01"), p.duplicateIds());
        // an empty prediction is an answer (scored unparsable), unlike a missing or null one
        assertEquals(List.of("t5-01", "t5-02"), p.ids());
        assertEquals(List.of(4, 5, 6), p.malformedLines().stream().map(LineProblem::line).toList());
        assertEquals("no string 'id'", p.malformedLines().get(0).reason());
        assertEquals("no string 'prediction' for t5-03", p.malformedLines().get(1).reason());
        // Parsson's words, with the character and its column: "t" at 33 begins "true", the "a" at 35 cannot
        assertEquals("not valid JSON: Unexpected character 'a' at column 35, expecting 'u'", p.malformedLines().get(2).reason());
    }
}
