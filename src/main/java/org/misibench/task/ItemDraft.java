package org.misibench.task;

import java.util.List;
import java.util.Map;
import org.misibench.scoring.Task;

/**
 * An item before its images are rendered: everything the release needs except the image hashes.
 *
 * @param id         stable id derived from complex, task, parameters and seed
 * @param images     the images in the order the question refers to them
 * @param parameters the values drawn (e.g. axis, distance), as text
 */
public record ItemDraft(String id, Task task, String complexId, List<ImageSpec> images, String question, String answer,
                        Map<String, String> parameters, long seed) {

    public ItemDraft {
        images = List.copyOf(images);
        // insertion order, not Map.copyOf: its iteration order changes from one JVM to the next,
        // and the item's JSON must be the same bytes in every run
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }
}
