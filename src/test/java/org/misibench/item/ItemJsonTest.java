package org.misibench.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.misibench.render.camera.Camera;
import org.misibench.scoring.Task;

class ItemJsonTest {

    @Test
    void keysComeInTheReleaseFormatsOrderWithoutWhitespace() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("operation", "move");
        parameters.put("axis", "x");
        parameters.put("amount", "3");
        String sha = "a".repeat(64);
        Item item = new Item("t1-0123456789abcdef", Task.TRANSLATION, Split.TEST, "1aku", List.of(sha, sha),
                List.of("front", "front-after"), "Which?", List.of(), "move x 3", parameters,
                new Provenance("misi-bench 1", 5, "b".repeat(64), "chimerax-hbonds-relaxed v1", "llvmpipe", 512,
                        List.of(Camera.identity(), Camera.identity())));
        String json = ItemJson.write(item);
        assertTrue(json.startsWith("{\"id\":\"t1-0123456789abcdef\",\"task\":\"T1\",\"split\":\"test\",\"complex\":\"1aku\","
                + "\"images\":[\"images/" + sha + ".png\",\"images/" + sha + ".png\"],\"image_roles\":[\"front\",\"front-after\"],"
                + "\"question\":\"Which?\",\"answer\":\"move x 3\",\"parameters\":{\"operation\":\"move\",\"axis\":\"x\",\"amount\":\"3\"},"
                + "\"provenance\":{\"generator\":\"misi-bench 1\",\"seed\":5,"), json);
        assertTrue(!json.contains("\n") && !json.contains(": "), "one line, no insignificant whitespace");
        assertEquals(json, ItemJson.write(item), "same item, same bytes");
    }

    @Test
    void answerBalanceBucketsByWhatWasDrawn() {
        AnswerBalance balance = new AnswerBalance();
        balance.add(Task.LIGAND_DOCKING, "roll x 75, move x -14", Map.of());
        balance.add(Task.LIGAND_DOCKING, "roll x 75, move x 9", Map.of());
        balance.add(Task.RESIDUE_HBONDS, "Yes: ARG NH2, O1B", Map.of());
        balance.add(Task.RESIDUE_HBONDS, "No", Map.of());
        balance.add(Task.POCKET_HBONDS, "…", Map.of("bonds", "7"));
        assertEquals(Map.of("roll x 75", 2), balance.histogram(Task.LIGAND_DOCKING));
        assertEquals(Map.of("Yes", 1, "No", 1), balance.histogram(Task.RESIDUE_HBONDS));
        assertEquals(Map.of("6+ bonds", 1), balance.histogram(Task.POCKET_HBONDS));
        assertEquals(0.0, balance.chiSquarePerDegree(Task.RESIDUE_HBONDS), 1e-12, "perfectly uniform");
    }
}
