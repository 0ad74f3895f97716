package org.misibench.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.misibench.render.camera.Camera;
import org.misibench.scene.ComplexViews;
import org.misibench.scoring.Axis;
import org.misibench.scoring.Operation;
import org.misibench.scoring.Task;

/**
 * The three unit spatial tasks (spec §5): T1 translation (x or y, ±1…4 Å), T2 rotation (x, y or
 * z, ±15…90° in 15° steps) and T3 zooming (z, 40…60 Å). Each item shows the front, left and top
 * views and the front view after one operation; the answer is the operation. Parameters are drawn
 * with a seeded generator and are distinct within a complex, so the same seed gives the same items.
 */
public final class SpatialOperationTasks {

    private SpatialOperationTasks() {
    }

    /** {@code perAxis} items per axis for T1/T2, or {@code perAxis} items for T3. */
    public static List<ItemDraft> generate(Task task, String complexId, ComplexViews views, int perAxis, long seed) {
        SplittableRandom random = TaskRandom.of(complexId, task, seed);
        List<Operation> drawn = new ArrayList<>();
        switch (task) {
            case TRANSLATION -> {
                for (Axis axis : List.of(Axis.X, Axis.Y)) {
                    drawn.addAll(distinct(perAxis, () -> Operation.move(axis, TaskRandom.nonZero(random, 4))));
                }
            }
            case ROTATION -> {
                for (Axis axis : List.of(Axis.X, Axis.Y, Axis.Z)) {
                    drawn.addAll(distinct(perAxis, () -> Operation.roll(axis, 15 * TaskRandom.nonZero(random, 6))));
                }
            }
            case ZOOMING -> drawn.addAll(distinct(perAxis, () -> Operation.move(Axis.Z, 40 + random.nextInt(21))));
            default -> throw new IllegalArgumentException(task + " is not a unit spatial task");
        }
        List<ItemDraft> items = new ArrayList<>();
        String question = QuestionTemplates.question(task);
        for (Operation op : drawn) {
            Camera after = CameraOperations.apply(op, views.front(), views.centreOfRotation());
            List<ImageSpec> images = new ArrayList<>(ImageSpec.of(ImageSpec.POCKET, views, ImageSpec.THREE_VIEWS));
            images.add(new ImageSpec("front-after", ImageSpec.POCKET, after));
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("operation", op.type().word());
            parameters.put("axis", op.axis().letter());
            parameters.put("amount", Integer.toString(op.amount()));
            items.add(new ItemDraft(ItemIds.of(complexId, task, parameters, seed), task, complexId, images, question,
                    op.toString(), parameters, seed));
        }
        return items;
    }

    private static List<Operation> distinct(int count, java.util.function.Supplier<Operation> draw) {
        Set<Operation> seen = new LinkedHashSet<>();
        int attempts = 0;
        while (seen.size() < count && attempts++ < 1000) {
            seen.add(draw.get()); // redraw a repeat: items of one complex never coincide
        }
        return new ArrayList<>(seen);
    }
}
