package org.misibench.scoring;

import java.util.Objects;

/**
 * What scoring needs of a release item (docs/release-format.md): its id, task and split, and its answer
 * already parsed as ground truth. The rest of the item (question, images, provenance) is for the model.
 */
public record GroundTruth(String id, Task task, String split, Answer truth) {

    public GroundTruth {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(truth, "truth");
    }
}
