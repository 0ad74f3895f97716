package org.misibench.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.PreparedComplex;
import org.misibench.render.camera.Camera;
import org.misibench.render.camera.ScreenPoint;
import org.misibench.scene.ComplexSceneBuilder;
import org.misibench.scene.ComplexViews;
import org.misibench.scoring.Axis;
import org.misibench.scoring.Task;
import org.misibench.scoring.TaskScorer;
import org.misibench.source.BundledSample;
import org.misibench.structure.Atom;

/** T7: the answer, applied by hand in screen coordinates to the displaced ligand, restores the native pose. */
class LigandDockingTaskTest {

    @Test
    void theAnswerDocksTheDisplacedLigandBackAndTheDisplacementClearsThePocket() throws Exception {
        PreparedComplex complex = ComplexPreparer.prepare(BundledSample.complex("1G9V_RQ3"));
        Camera front = ComplexViews.of(ComplexSceneBuilder.pocketAndLigand(complex), 512, 512).front();
        List<ItemDraft> items = LigandDockingTask.generate(complex, 6, 512, 512, 21, 0);
        assertEquals(6, items.size());
        double pocketMin = Double.POSITIVE_INFINITY;
        double pocketMax = Double.NEGATIVE_INFINITY;
        for (Atom a : complex.pocket().atoms()) {
            if (!a.isHydrogen()) {
                double x = front.toScreen(a.position().x(), a.position().y(), a.position().z()).x();
                pocketMin = Math.min(pocketMin, x);
                pocketMax = Math.max(pocketMax, x);
            }
        }
        for (ItemDraft item : items) {
            assertEquals(7, item.images().size());
            String[] displacement = item.parameters().get("displacement").split(", ");   // move x d, roll a t
            int d = Integer.parseInt(displacement[0].split(" ")[2]);
            Axis axis = Axis.valueOf(displacement[1].split(" ")[1].toUpperCase());
            int angle = Integer.parseInt(displacement[1].split(" ")[2]);
            PreparedComplex displaced = LigandDockingTask.displace(complex, front, d, axis, angle);

            // the answer, by hand: roll about the ligand's screen centre, then move x
            String[] answer = item.answer().split(", ");
            String rollAxis = answer[0].split(" ")[1];
            int rollAngle = Integer.parseInt(answer[0].split(" ")[2]);
            int moveX = Integer.parseInt(answer[1].split(" ")[2]);
            List<double[]> screen = displaced.ligand().atoms().stream().map(a -> screen(front, a)).toList();
            double[] centre = new double[3];
            for (double[] p : screen) {
                for (int k = 0; k < 3; k++) {
                    centre[k] += p[k] / screen.size();
                }
            }
            double sum = 0;
            for (int i = 0; i < screen.size(); i++) {
                double[] p = ScreenFormulas.rolled(screen.get(i), centre, rollAxis, rollAngle);
                p[0] += moveX;
                double[] nativePosition = screen(front, complex.ligand().atoms().get(i));
                for (int k = 0; k < 3; k++) {
                    sum += Math.pow(p[k] - nativePosition[k], 2);
                }
            }
            double rmsd = Math.sqrt(sum / screen.size());
            assertTrue(rmsd < 0.01, "RMSD after docking " + rmsd + " Å for " + item.parameters());

            // before the rotation, the moved ligand's screen-x range ends beyond the pocket's
            double ligandMin = complex.ligand().atoms().stream().mapToDouble(a -> screen(front, a)[0]).min().orElseThrow();
            double ligandMax = complex.ligand().atoms().stream().mapToDouble(a -> screen(front, a)[0]).max().orElseThrow();
            if (d > 0) {
                assertTrue(ligandMin + d >= pocketMax, "clear on the right");
            } else {
                assertTrue(ligandMax + d <= pocketMin, "clear on the left");
            }
            assertEquals(1.0, new TaskScorer().score(Task.LIGAND_DOCKING, item.answer(), item.answer()).score());
        }
    }

    private static double[] screen(Camera camera, Atom a) {
        ScreenPoint p = camera.toScreen(a.position().x(), a.position().y(), a.position().z());
        return new double[] {p.x(), p.y(), p.z()};
    }
}
