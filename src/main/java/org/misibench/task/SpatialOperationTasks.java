package org.misibench.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.misibench.render.camera.Camera;
import org.misibench.scene.ComplexViews;
import org.misibench.scoring.Axis;
import org.misibench.scoring.Operation;
import org.misibench.scoring.Task;

/**
 * The three unit spatial tasks (spec §5): T1 translation (x or y, ±1…4 Å), T2 rotation (x, y or
 * z, ±15…90° in 15° steps) and T3 zooming (z, 40…60 Å). Each item shows the front, left and top
 * views and the front view after one operation; the answer is the operation. Parameters are drawn
 * from seeded, balanced strata ({@link Strata}): distinct within a complex, uniform over the run.
 */
public final class SpatialOperationTasks {

    private SpatialOperationTasks() {
    }

    /**
     * {@code perAxis} items per axis for T1/T2, or {@code perAxis} items for T3, for the complex at
     * {@code rank} in its split (the values are balanced across complexes, see {@link Strata}).
     */
    public static List<ItemDraft> generate(Task task, String complexId, ComplexViews views, int perAxis, long seed,
                                           int rank) {
        List<Operation> drawn = new ArrayList<>();
        for (int k = 0; k < perAxis; k++) {
            switch (task) {
                case TRANSLATION -> {
                    for (Axis axis : List.of(Axis.X, Axis.Y)) {
                        int i = Strata.pick(8, seed, task, axis.letter(), rank, perAxis, k);
                        drawn.add(Operation.move(axis, Strata.signedNonZero(i, 4)));
                    }
                }
                case ROTATION -> {
                    for (Axis axis : List.of(Axis.X, Axis.Y, Axis.Z)) {
                        int i = Strata.pick(12, seed, task, axis.letter(), rank, perAxis, k);
                        drawn.add(Operation.roll(axis, 15 * Strata.signedNonZero(i, 6)));
                    }
                }
                case ZOOMING -> drawn.add(Operation.move(Axis.Z, 40 + Strata.pick(21, seed, task, "z", rank, perAxis, k)));
                default -> throw new IllegalArgumentException(task + " is not a unit spatial task");
            }
        }
        List<ItemDraft> items = new ArrayList<>();
        String question = QuestionTemplates.question(task);
        for (Operation op : drawn) {
            Camera after = CameraOperations.apply(op, views.front(), views.centreOfRotation());
            List<ImageSpec> images = new ArrayList<>(ImageSpec.of(ImageSpec.POCKET, views, ImageSpec.THREE_VIEWS));
            images.add(new ImageSpec("front-after", ImageSpec.POCKET, views.scene(), after));
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("operation", op.type().word());
            parameters.put("axis", op.axis().letter());
            parameters.put("amount", Integer.toString(op.amount()));
            items.add(new ItemDraft(ItemIds.of(complexId, task, parameters, seed), task, complexId, images, question,
                    op.toString(), parameters, seed));
        }
        return items;
    }
}
