package org.misibench.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release that cannot serve as ground truth stops scoring with one message naming file, line and reason. */
class ReleaseItemsTest {

    @TempDir
    Path release;

    private Path items(String file, String... lines) throws Exception {
        Path items = Files.createDirectories(release.resolve("items"));
        return Files.writeString(items.resolve(file), String.join("\n", lines) + "\n");
    }

    private static String item(String id, String task, String split, String answer) {
        return "{\"id\":\"" + id + "\",\"task\":\"" + task + "\",\"split\":\"" + split
                + "\",\"complex\":\"1aku\",\"answer\":\"" + answer + "\"}";
    }

    private String failure(List<String> splits) {
        return assertThrows(ScoringInputException.class, () -> ReleaseItems.read(release, splits)).getMessage();
    }

    @Test
    void aMissingFolderIsNamed() {
        Path missing = release.resolve("nope");
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> ReleaseItems.read(missing, List.of("test")));
        assertEquals(missing + ": no such release folder", e.getMessage());
    }

    @Test
    void aFolderWithoutItemsIsNotARelease() {
        assertEquals(release + ": no items/ folder: not a release", failure(List.of("test")));
    }

    @Test
    void aSplitWithoutAnyItemFileIsRefused() throws Exception {
        items("T1_train.jsonl", item("t1-01", "T1", "train", "move x 1"));
        assertEquals(release.resolve("items") + ": no item files T<N>_<split>.jsonl for split test",
                failure(List.of("test")));
        assertEquals(1, ReleaseItems.read(release, List.of("train")).size());
    }

    @Test
    void aTruthOutsideTheGrammarNamesItsLine() throws Exception {
        Path file = items("T1_test.jsonl", item("t1-01", "T1", "test", "move x 1"), item("t1-02", "T1", "test", "move x three"));
        String message = failure(List.of("test"));
        assertTrue(message.startsWith(file + ":2: invalid T1 truth 'move x three'"), message);
    }

    @Test
    void aTruthOfTheWrongShapeForItsTaskIsCaughtWhenRead() throws Exception {
        // parses as operations, but a T3 truth is a single move z: the scorer's check runs at reading time
        Path file = items("T3_test.jsonl", item("t3-01", "T3", "test", "move z 40, move x 1"));
        assertEquals(file + ":1: truth must be a single move command, got move z 40, move x 1", failure(List.of("test")));
    }

    @Test
    void anItemInTheWrongFileIsRefused() throws Exception {
        Path file = items("T1_test.jsonl", item("t2-01", "T2", "test", "roll x 15"));
        assertEquals(file + ":1: item t2-01 is T2, in the T1 file", failure(List.of("test")));
        Path train = items("T1_test.jsonl", item("t1-01", "T1", "train", "move x 1"));
        assertEquals(train + ":1: item t1-01 is train, in the test file", failure(List.of("test")));
    }

    @Test
    void anIdTwiceInTheReleaseIsRefused() throws Exception {
        // train is read before test, so the test file holds the second one
        items("T1_train.jsonl", item("t1-01", "T1", "train", "move x 1"));
        Path second = items("T1_test.jsonl", item("t1-01", "T1", "test", "move x 1"));
        assertEquals(second + ":1: id t1-01 appears twice in the release", failure(ReleaseItems.SPLITS));
    }

    @Test
    void aLineThatIsNotAnItemIsRefused() throws Exception {
        Path file = items("T5_test.jsonl", item("t5-01", "T5", "test", "A"), "{\"id\":\"t5-02\",\"task\":\"T5\"}");
        assertEquals(file + ":2: no string 'split'", failure(List.of("test")));
        items("T5_test.jsonl", "{\"id\":\"t5-01\",");
        assertTrue(failure(List.of("test")).startsWith(file + ":1: not valid JSON"));
    }
}
