package org.misibench.jobs.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemContentTest {

    @Test
    void readsImagesInOrderWithRolesAndFlattensParametersAndProvenance() {
        ItemContent c = ItemContent.parse(TestItems.t1Json("t1-00000000000000aa", "test", "1aku", "move x 3"));
        assertEquals(List.of(new ItemContent.ItemImage("a".repeat(64), "front"),
                new ItemContent.ItemImage("b".repeat(64), "front-after")), c.images());
        assertEquals("move x 3", c.answer());
        assertEquals("x", c.parameters().get("axis"));
        assertEquals("42", c.provenance().get("seed"));
        assertEquals("chimerax-hbonds-relaxed v1", c.provenance().get("criteria"));
        assertEquals("[{\"position\":[0,0,60],\"axes\":[[1,0,0],[0,1,0],[0,0,1]]}]", c.provenance().get("cameras"));
    }

    @Test
    void refusesAnImagePathOutsideImages() {
        String json = TestItems.t1Json("t1-00000000000000ab", "test", "1aku", "move x 3")
                .replace("images/" + "a".repeat(64) + ".png", "../../etc/passwd");
        assertThrows(IllegalArgumentException.class, () -> ItemContent.parse(json));
    }

    @Test
    void multipleChoiceOptionsKeepTheirOrder() {
        String json = "{\"id\":\"t5-0000000000000001\",\"task\":\"T5\",\"split\":\"test\",\"complex\":\"1aku\",\"images\":[],"
                + "\"image_roles\":[],\"question\":\"Which option?\",\"options\":[\"one\",\"two\",\"three\",\"four\"],"
                + "\"answer\":\"C\",\"parameters\":{},\"provenance\":{}}";
        ItemContent c = ItemContent.parse(json);
        assertEquals(List.of("one", "two", "three", "four"), c.options());
        assertEquals("C", ItemContent.letter(2));
    }
}
