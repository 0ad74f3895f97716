package org.misibench.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.misibench.render.camera.Camera;
import org.misibench.scene.ComplexViews;
import org.misibench.scoring.Axis;
import org.misibench.scoring.Operation;
import org.misibench.scoring.OperationType;
import org.misibench.scoring.Task;

/**
 * The composite multiple-choice tasks (spec §5, paper §4.2.1):
 * <ul>
 *   <li>T5: a translation f1 then a rotation f2 shown on a reference complex; the options show a
 *       target complex after candidate pairs; the correct one applies the same f1, f2;</li>
 *   <li>T6: two rotations about different axes; the correct option applies them again, in order, to
 *       image 4 (the paper's appendix template: the same complex throughout).</li>
 * </ul>
 * Decoys follow the spec: (1) both magnitudes changed; (2) f1's sign flipped and f2's magnitude
 * changed; (3) f1's axis changed and f2's magnitude changed. Options that would render the same
 * view are redrawn. The correct letter cycles through A–D from a seeded start.
 */
public final class CompositeOperationTasks {

    private static final String LETTERS = "ABCD";
    private static final int MAX_REDRAWS = 200;

    private CompositeOperationTasks() {
    }

    /** T5: {@code count} items of reference {@code referenceId} with options on {@code targetId}. */
    public static List<ItemDraft> translationThenRotation(String referenceId, ComplexViews reference, String targetId,
                                                          ComplexViews target, int count, long seed, int rank) {
        SplittableRandom random = TaskRandom.of(referenceId, Task.TRANSLATION_ROTATION, seed);
        int first = random.nextInt(4);
        List<ItemDraft> items = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Task task = Task.TRANSLATION_ROTATION;
            int i1 = Strata.pick(16, seed, task, "f1", rank, count, k);
            int i2 = Strata.pick(36, seed, task, "f2", rank, count, k);
            Operation f1 = Operation.move(i1 < 8 ? Axis.X : Axis.Y, Strata.signedNonZero(i1 % 8, 4));
            Operation f2 = Operation.roll(Axis.values()[i2 / 12], 15 * Strata.signedNonZero(i2 % 12, 6));
            List<ImageSpec> images = new ArrayList<>(ImageSpec.of(ImageSpec.POCKET, reference, ImageSpec.THREE_VIEWS));
            images.add(new ImageSpec("front-after", ImageSpec.POCKET, reference.scene(), apply(reference, reference.front(), f1, f2)));
            images.addAll(ImageSpec.of("pocket " + targetId, target, ImageSpec.THREE_VIEWS));
            items.add(item(Task.TRANSLATION_ROTATION, referenceId, target, target.front(), "pocket " + targetId, f1, f2,
                    (first + k) % 4, images, random, seed, Map.of("target", targetId)));
        }
        return items;
    }

    /** T6: {@code count} items, each two rotations about different axes, applied again to image 4. */
    public static List<ItemDraft> rotationThenRotation(String complexId, ComplexViews views, int count, long seed,
                                                       int rank) {
        SplittableRandom random = TaskRandom.of(complexId, Task.ROTATION_ROTATION, seed);
        int first = random.nextInt(4);
        List<ItemDraft> items = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Task task = Task.ROTATION_ROTATION;
            int axes = Strata.pick(6, seed, task, "axes", rank, count, k);
            Axis a1 = Axis.values()[axes / 2];
            Axis a2 = Axis.values()[(a1.ordinal() + 1 + axes % 2) % 3];
            Operation f1 = Operation.roll(a1, 15 * Strata.signedNonZero(Strata.pick(12, seed, task, "f1", rank, count, k), 6));
            Operation f2 = Operation.roll(a2, 15 * Strata.signedNonZero(Strata.pick(12, seed, task, "f2", rank, count, k), 6));
            Camera after = apply(views, views.front(), f1, f2);
            List<ImageSpec> images = new ArrayList<>(ImageSpec.of(ImageSpec.POCKET, views, ImageSpec.THREE_VIEWS));
            images.add(new ImageSpec("front-after", ImageSpec.POCKET, views.scene(), after));
            items.add(item(Task.ROTATION_ROTATION, complexId, views, after, "pocket", f1, f2, (first + k) % 4, images,
                    random, seed, Map.of()));
        }
        return items;
    }

    private static ItemDraft item(Task task, String complexId, ComplexViews optionViews, Camera optionStart,
                                  String optionScene, Operation f1, Operation f2, int correct, List<ImageSpec> images,
                                  SplittableRandom random, long seed, Map<String, String> extra) {
        List<Operation[]> options = new ArrayList<>();
        List<Camera> cameras = new ArrayList<>();
        options.add(new Operation[] {f1, f2});
        cameras.add(apply(optionViews, optionStart, f1, f2));
        for (int kind = 1; kind <= 3; kind++) {
            for (int attempt = 0; ; attempt++) {
                if (attempt > MAX_REDRAWS) {
                    throw new IllegalStateException("no distinct decoy of kind " + kind + " for " + f1 + ", " + f2);
                }
                Operation[] decoy = decoy(kind, f1, f2, random);
                Camera camera = apply(optionViews, optionStart, decoy[0], decoy[1]);
                if (cameras.stream().noneMatch(c -> sameView(c, camera))) {
                    options.add(decoy);
                    cameras.add(camera);
                    break;
                }
            }
        }
        // move the truth (first) to the correct letter
        Operation[] truth = options.remove(0);
        Camera truthCamera = cameras.remove(0);
        options.add(correct, truth);
        cameras.add(correct, truthCamera);
        Map<String, String> parameters = new LinkedHashMap<>(extra);
        parameters.put("f1", f1.toString());
        parameters.put("f2", f2.toString());
        for (int i = 0; i < 4; i++) {
            parameters.put("option" + LETTERS.charAt(i), options.get(i)[0] + ", " + options.get(i)[1]);
            images.add(new ImageSpec("option-" + LETTERS.charAt(i), optionScene, optionViews.scene(), cameras.get(i)));
        }
        return new ItemDraft(ItemIds.of(complexId, task, parameters, seed), task, complexId, images,
                QuestionTemplates.question(task), String.valueOf(LETTERS.charAt(correct)), parameters, seed);
    }

    /** The spec's three decoy kinds. */
    private static Operation[] decoy(int kind, Operation f1, Operation f2, SplittableRandom random) {
        return switch (kind) {
            case 1 -> new Operation[] {otherMagnitude(f1, random), otherMagnitude(f2, random)};
            case 2 -> new Operation[] {new Operation(f1.type(), f1.axis(), -f1.amount()), otherMagnitude(f2, random)};
            default -> new Operation[] {new Operation(f1.type(), otherAxis(f1, random), f1.amount()), otherMagnitude(f2, random)};
        };
    }

    private static Operation otherMagnitude(Operation op, SplittableRandom random) {
        int step = op.type() == OperationType.MOVE ? 1 : 15;
        int max = op.type() == OperationType.MOVE ? 4 : 6;
        int amount;
        do {
            amount = step * TaskRandom.nonZero(random, max);
        } while (Math.abs(amount) == Math.abs(op.amount()));
        return new Operation(op.type(), op.axis(), Integer.signum(op.amount()) * Math.abs(amount));
    }

    private static Axis otherAxis(Operation op, SplittableRandom random) {
        List<Axis> allowed = op.type() == OperationType.MOVE ? List.of(Axis.X, Axis.Y) : List.of(Axis.values());
        Axis axis;
        do {
            axis = allowed.get(random.nextInt(allowed.size()));
        } while (axis == op.axis());
        return axis;
    }

    private static Camera apply(ComplexViews views, Camera start, Operation f1, Operation f2) {
        Camera once = CameraOperations.apply(f1, start, views.centreOfRotation());
        return CameraOperations.apply(f2, once, views.centreOfRotation());
    }

    /** Two cameras that put the scene in the same place render the same image. */
    static boolean sameView(Camera a, Camera b) {
        double[] pa = a.position();
        double[] pb = b.position();
        double d = 0;
        for (int i = 0; i < 3; i++) {
            d += Math.abs(pa[i] - pb[i]);
            double[] xa = a.axis(i);
            double[] xb = b.axis(i);
            d += Math.abs(xa[0] - xb[0]) + Math.abs(xa[1] - xb[1]) + Math.abs(xa[2] - xb[2]);
        }
        return d < 1e-3;
    }
}
