package org.misibench.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.PreparedComplex;
import org.misibench.render.camera.Camera;
import org.misibench.render.camera.ScreenPoint;
import org.misibench.scene.ComplexSceneBuilder;
import org.misibench.scene.ComplexViews;
import org.misibench.scoring.Task;
import org.misibench.scoring.TaskScorer;
import org.misibench.source.BundledSample;
import org.misibench.structure.Atom;

/**
 * T1–T3 ground truth checked by an independent computation: the answer applied by hand (spec §2.5–2.6
 * formulas) to the front view's screen coordinates gives the coordinates in image 4.
 */
class SpatialOperationTasksTest {

    private static PreparedComplex complex;
    private static ComplexViews views;
    private static List<Atom> atoms;

    @BeforeAll
    static void prepare() throws Exception {
        complex = ComplexPreparer.prepare(BundledSample.complex("1aku"));
        views = ComplexViews.of(ComplexSceneBuilder.pocketAndLigand(complex), 512, 512);
        atoms = complex.pocket().atoms().stream().filter(a -> !a.isHydrogen()).toList();
    }

    @Test
    void image4IsTheFrontViewMovedOrRolledByTheAnswer() {
        for (Task task : List.of(Task.TRANSLATION, Task.ROTATION, Task.ZOOMING)) {
            for (ItemDraft item : SpatialOperationTasks.generate(task, complex.id(), views, 2, 7, 0)) {
                Camera front = item.images().get(0).camera();
                Camera after = item.images().get(3).camera();
                double[] c = views.centreOfRotation();
                ScreenPoint centre = front.toScreen(c[0], c[1], c[2]);
                String axis = item.parameters().get("axis");
                int amount = Integer.parseInt(item.parameters().get("amount"));
                for (Atom a : atoms) {
                    ScreenPoint p = front.toScreen(a.position().x(), a.position().y(), a.position().z());
                    double[] expected = item.parameters().get("operation").equals("move")
                            ? moved(p, axis, amount) : rolled(p, centre, axis, amount);
                    ScreenPoint q = after.toScreen(a.position().x(), a.position().y(), a.position().z());
                    assertEquals(expected[0], q.x(), 1e-6, item.answer() + " x of " + a);
                    assertEquals(expected[1], q.y(), 1e-6, item.answer() + " y of " + a);
                    assertEquals(expected[2], q.z(), 1e-6, item.answer() + " z of " + a);
                }
            }
        }
    }

    private static double[] moved(ScreenPoint p, String axis, int d) {
        return new double[] {p.x() + (axis.equals("x") ? d : 0), p.y() + (axis.equals("y") ? d : 0),
            p.z() + (axis.equals("z") ? d : 0)};
    }

    private static double[] rolled(ScreenPoint p, ScreenPoint c, String axis, int degrees) {
        return ScreenFormulas.rolled(new double[] {p.x(), p.y(), p.z()}, new double[] {c.x(), c.y(), c.z()}, axis, degrees);
    }

    @Test
    void parametersStayInTheSpecsRangesAndDoNotRepeat() {
        List<ItemDraft> t1 = SpatialOperationTasks.generate(Task.TRANSLATION, complex.id(), views, 2, 11, 0);
        assertEquals(4, t1.size(), "2 per axis, x and y");
        List<ItemDraft> t2 = SpatialOperationTasks.generate(Task.ROTATION, complex.id(), views, 2, 11, 0);
        assertEquals(6, t2.size(), "2 per axis, x, y and z");
        List<ItemDraft> t3 = SpatialOperationTasks.generate(Task.ZOOMING, complex.id(), views, 4, 11, 0);
        assertEquals(4, t3.size());
        for (ItemDraft i : t1) {
            int d = Integer.parseInt(i.parameters().get("amount"));
            assertTrue(d != 0 && Math.abs(d) <= 4 && !i.parameters().get("axis").equals("z"), i.answer());
        }
        for (ItemDraft i : t2) {
            int a = Integer.parseInt(i.parameters().get("amount"));
            assertTrue(a != 0 && Math.abs(a) <= 90 && a % 15 == 0, i.answer());
        }
        for (ItemDraft i : t3) {
            int d = Integer.parseInt(i.parameters().get("amount"));
            assertTrue(d >= 40 && d <= 60 && i.parameters().get("axis").equals("z"), i.answer());
        }
        for (List<ItemDraft> items : List.of(t1, t2, t3)) {
            assertEquals(items.size(), new HashSet<>(items.stream().map(ItemDraft::answer).toList()).size(), "distinct");
            assertEquals(items.size(), new HashSet<>(items.stream().map(ItemDraft::id).toList()).size(), "distinct ids");
        }
    }

    @Test
    void theSameSeedGivesTheSameItemsAndAnotherSeedOthers() {
        List<String> a = SpatialOperationTasks.generate(Task.ROTATION, complex.id(), views, 2, 42, 0).stream()
                .map(i -> i.id() + " " + i.answer()).toList();
        List<String> b = SpatialOperationTasks.generate(Task.ROTATION, complex.id(), views, 2, 42, 0).stream()
                .map(i -> i.id() + " " + i.answer()).toList();
        List<String> c = SpatialOperationTasks.generate(Task.ROTATION, complex.id(), views, 2, 43, 0).stream()
                .map(i -> i.id() + " " + i.answer()).toList();
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void everyAnswerParsesByTheGrammarAndScoresFullMarksAgainstItself() {
        for (Task task : List.of(Task.TRANSLATION, Task.ROTATION, Task.ZOOMING)) {
            for (ItemDraft i : SpatialOperationTasks.generate(task, complex.id(), views, 2, 3, 0)) {
                assertEquals(1.0, new TaskScorer().score(task, i.answer(), i.answer()).score(), i.answer());
                assertTrue(i.question().contains("#BF99F2") && i.question().contains("Image 4"), "template filled");
                assertTrue(!i.question().contains("{rendering}"));
            }
        }
    }

    @Test
    void answersAreBalancedAcrossComplexes() {
        // 12 complexes × 2 draws per axis = 24 translations per axis over 8 values: each exactly 3 times
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (int rank = 0; rank < 12; rank++) {
            List<ItemDraft> items = SpatialOperationTasks.generate(Task.TRANSLATION, complex.id(), views, 2, 5, rank);
            assertEquals(4, items.stream().map(ItemDraft::answer).distinct().count(), "distinct within a complex");
            items.forEach(i -> counts.merge(i.answer(), 1, Integer::sum));
        }
        assertEquals(16, counts.size(), "±1…4 on x and y: " + counts);
        assertTrue(counts.values().stream().allMatch(n -> n == 3), "uniform: " + counts);
    }
}
