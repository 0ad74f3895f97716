package org.misibench.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.PreparedComplex;
import org.misibench.render.camera.Camera;
import org.misibench.render.camera.ScreenPoint;
import org.misibench.scene.ComplexSceneBuilder;
import org.misibench.scene.ComplexViews;
import org.misibench.source.BundledSample;
import org.misibench.structure.Atom;

/**
 * T5/T6: the correct option's view equals the operations applied by hand (spec §2.5–2.6 formulas on
 * screen coordinates), every decoy differs from it, and the letters are balanced.
 */
class CompositeOperationTasksTest {

    private static PreparedComplex reference;
    private static PreparedComplex target;
    private static ComplexViews referenceViews;
    private static ComplexViews targetViews;

    @BeforeAll
    static void prepare() throws Exception {
        reference = ComplexPreparer.prepare(BundledSample.complex("1aku"));
        target = ComplexPreparer.prepare(BundledSample.complex("7C6P_SQH"));
        referenceViews = ComplexViews.of(ComplexSceneBuilder.pocketAndLigand(reference), 512, 512);
        targetViews = ComplexViews.of(ComplexSceneBuilder.pocketAndLigand(target), 512, 512);
    }

    @Test
    void t6TheCorrectOptionAppliesBothRotationsAgainToImage4() {
        List<ItemDraft> items = CompositeOperationTasks.rotationThenRotation(reference.id(), referenceViews, 8, 3, 0);
        checkOptions(items, reference, referenceViews, true);
    }

    @Test
    void t5TheCorrectOptionMovesThenRollsTheTarget() {
        List<ItemDraft> items = CompositeOperationTasks.translationThenRotation(reference.id(), referenceViews,
                target.id(), targetViews, 8, 3, 0);
        for (ItemDraft item : items) {
            assertEquals(11, item.images().size(), "3 + 1 reference, 3 target, 4 options");
            assertEquals("pocket " + target.id(), item.images().get(7).sceneKey());
        }
        checkOptions(items, target, targetViews, false);
    }

    private static void checkOptions(List<ItemDraft> items, PreparedComplex optionComplex, ComplexViews views,
                                     boolean twice) {
        List<Atom> atoms = optionComplex.pocket().atoms().stream().filter(a -> !a.isHydrogen()).limit(60).toList();
        Map<String, Integer> letters = new HashMap<>();
        for (ItemDraft item : items) {
            String[] ops = twice
                    ? new String[] {item.parameters().get("f1"), item.parameters().get("f2"),
                        item.parameters().get("f1"), item.parameters().get("f2")}
                    : new String[] {item.parameters().get("f1"), item.parameters().get("f2")};
            Camera front = views.front();
            double[] c = views.centreOfRotation();
            int firstOption = item.images().size() - 4;
            for (int i = 0; i < 4; i++) {
                String letter = String.valueOf("ABCD".charAt(i));
                Camera option = item.images().get(firstOption + i).camera();
                double worst = 0;
                for (Atom a : atoms) {
                    double[] p = screen(front, a.position().x(), a.position().y(), a.position().z());
                    double[] centre = screen(front, c[0], c[1], c[2]);
                    for (String op : ops) {
                        String[] f = op.split(" ");
                        int amount = Integer.parseInt(f[2]);
                        if (f[0].equals("move")) {
                            int k = "xyz".indexOf(f[1]);
                            p[k] += amount;
                            centre[k] += amount;
                        } else {
                            p = ScreenFormulas.rolled(p, centre, f[1], amount);
                        }
                    }
                    ScreenPoint q = option.toScreen(a.position().x(), a.position().y(), a.position().z());
                    worst = Math.max(worst, Math.max(Math.abs(q.x() - p[0]), Math.max(Math.abs(q.y() - p[1]), Math.abs(q.z() - p[2]))));
                }
                if (letter.equals(item.answer())) {
                    assertEquals(0, worst, 1e-6, "the correct option " + letter + " of " + item.parameters());
                } else {
                    assertTrue(worst > 0.5, "decoy " + letter + " differs visibly: " + item.parameters());
                }
            }
            letters.merge(item.answer(), 1, Integer::sum);
        }
        assertEquals(Map.of("A", 2, "B", 2, "C", 2, "D", 2), letters);
    }

    private static double[] screen(Camera camera, double x, double y, double z) {
        ScreenPoint p = camera.toScreen(x, y, z);
        return new double[] {p.x(), p.y(), p.z()};
    }
}
