package org.misibench.item;

import java.util.List;
import java.util.Map;
import org.misibench.scoring.Task;

/**
 * A finished item: a draft whose images are rendered and stored by content.
 *
 * @param images     SHA-256 of each image's PNG bytes, in the order the question refers to them
 * @param imageRoles what each image shows ({@code front}, {@code front-after}, {@code option-A} …)
 * @param options    the four option texts of multiple-choice tasks (index 0 = A), else empty
 * @param parameters the values drawn, in the order they were drawn
 */
public record Item(String id, Task task, Split split, String complexId, List<String> images, List<String> imageRoles,
                   String question, List<String> options, String answer, Map<String, String> parameters,
                   Provenance provenance) {

    public Item {
        images = List.copyOf(images);
        imageRoles = List.copyOf(imageRoles);
        options = List.copyOf(options);
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        if (images.size() != imageRoles.size()) {
            throw new IllegalArgumentException(id + ": " + images.size() + " images but " + imageRoles.size() + " roles");
        }
    }

    /** The path of image {@code i} inside a release or data folder: {@code images/<sha256>.png}. */
    public String imagePath(int i) {
        return "images/" + images.get(i) + ".png";
    }
}
