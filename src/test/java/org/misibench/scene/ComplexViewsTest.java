package org.misibench.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.misibench.scene.SceneFixtures.prepared;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.misibench.complex.PreparedComplex;
import org.misibench.render.camera.BoundingBox;
import org.misibench.render.camera.Camera;
import org.misibench.render.camera.CanonicalView;
import org.misibench.render.camera.PixelPoint;
import org.misibench.render.camera.ScreenPoint;
import org.misibench.render.scene.Scene;
import org.misibench.structure.Atom;

class ComplexViewsTest {

    @Test
    void theFrontCameraCentresTheBoundsAndKeepsEverySphereInTheImage() {
        for (String id : List.of("1aku", "7BLA_WCS", "1G9V_RQ3")) {
            for (int[] size : new int[][] {{512, 512}, {640, 400}}) {
                int w = size[0];
                int h = size[1];
                Scene scene = ComplexSceneBuilder.pocketAndLigand(prepared(id));
                ComplexViews views = ComplexViews.of(scene, w, h);
                BoundingBox box = scene.bounds();
                double[] centre = {(box.minX() + box.maxX()) / 2, (box.minY() + box.maxY()) / 2, (box.minZ() + box.maxZ()) / 2};
                assertArrayClose(centre, views.centreOfRotation());
                PixelPoint c = views.front().toPixels(centre[0], centre[1], centre[2], w, h);
                assertEquals(w / 2.0, c.x(), 1e-9, id);
                assertEquals(h / 2.0, c.y(), 1e-9, id);
                // identity orientation: the camera looks down −z
                assertArrayClose(new double[] {0, 0, 1}, views.front().axis(2));
                double[] xyz = scene.sphereCentres();
                double[] r = scene.sphereRadii();
                for (int i = 0; i < scene.sphereCount(); i++) {
                    ScreenPoint s = views.front().toScreen(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]);
                    for (int dx = -1; dx <= 1; dx += 2) {
                        for (int dy = -1; dy <= 1; dy += 2) {
                            PixelPoint p = Camera.project(new ScreenPoint(s.x() + dx * r[i], s.y() + dy * r[i], s.z()), w, h);
                            assertTrue(p.x() >= 0 && p.x() <= w && p.y() >= 0 && p.y() <= h && p.depth() > 0,
                                    id + " sphere " + i + " outside the " + w + "x" + h + " image: " + p);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theLeftViewBringsTheSmallestXNearestAndTheTopViewTheLargestY() {
        PreparedComplex c = prepared("1aku");
        ComplexViews views = ComplexViews.of(ComplexSceneBuilder.pocketAndLigand(c), 512, 512);
        List<Atom> heavy = c.pocket().atoms().stream().filter(SceneFixtures::drawn).toList();
        Atom minX = heavy.stream().min(Comparator.comparingDouble(a -> a.position().x())).orElseThrow();
        Atom maxX = heavy.stream().max(Comparator.comparingDouble(a -> a.position().x())).orElseThrow();
        Atom minY = heavy.stream().min(Comparator.comparingDouble(a -> a.position().y())).orElseThrow();
        Atom maxY = heavy.stream().max(Comparator.comparingDouble(a -> a.position().y())).orElseThrow();
        List<ProjectedAtom> left = views.project(CanonicalView.LEFT, List.of(minX, maxX));
        assertTrue(left.get(0).screen().z() > left.get(1).screen().z(), "left: the −x face is toward the viewer");
        List<ProjectedAtom> right = views.project(CanonicalView.RIGHT, List.of(minX, maxX));
        assertTrue(right.get(1).screen().z() > right.get(0).screen().z(), "right: the +x face is toward the viewer");
        List<ProjectedAtom> top = views.project(CanonicalView.TOP, List.of(minY, maxY));
        assertTrue(top.get(1).screen().z() > top.get(0).screen().z(), "top: the +y face is toward the viewer");
        List<ProjectedAtom> bottom = views.project(CanonicalView.BOTTOM, List.of(minY, maxY));
        assertTrue(bottom.get(0).screen().z() > bottom.get(1).screen().z(), "bottom: the −y face is toward the viewer");
    }

    @Test
    void everyViewTurnsAboutTheCentreOfRotationAndProjectsAtomsAsItsCamera() {
        PreparedComplex c = prepared("7BLA_WCS");
        ComplexViews views = ComplexViews.of(ComplexSceneBuilder.pocketAndLigand(c), 512, 512);
        double[] cofr = views.centreOfRotation();
        double frontDistance = -views.front().toScreen(cofr[0], cofr[1], cofr[2]).z();
        List<Atom> ligand = c.ligand().atoms();
        Map<CanonicalView, List<ProjectedAtom>> all = views.projectAll(ligand);
        assertEquals(6, all.size());
        for (CanonicalView view : CanonicalView.values()) {
            Camera camera = views.camera(view);
            ScreenPoint centre = camera.toScreen(cofr[0], cofr[1], cofr[2]);
            assertEquals(0, centre.x(), 1e-9, view.id());
            assertEquals(0, centre.y(), 1e-9, view.id());
            assertEquals(frontDistance, -centre.z(), 1e-9, view.id());
            List<ProjectedAtom> projected = all.get(view);
            assertEquals(ligand.size(), projected.size());
            for (int i = 0; i < ligand.size(); i++) {
                Atom a = ligand.get(i);
                ProjectedAtom p = projected.get(i);
                assertEquals(a, p.atom());
                assertEquals(camera.toScreen(a.position().x(), a.position().y(), a.position().z()), p.screen());
                assertEquals(camera.toPixels(a.position().x(), a.position().y(), a.position().z(), 512, 512), p.pixel());
            }
        }
        // BACK mirrors FRONT: screen x and z change sign about the centre of rotation
        Atom a = ligand.get(0);
        ScreenPoint front = views.project(CanonicalView.FRONT, List.of(a)).get(0).screen();
        ScreenPoint back = views.project(CanonicalView.BACK, List.of(a)).get(0).screen();
        assertEquals(-front.x(), back.x(), 1e-9);
        assertEquals(front.y(), back.y(), 1e-9);
        assertEquals(-(front.z() + frontDistance) - frontDistance, back.z(), 1e-9);
    }

    private static void assertArrayClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-9);
        }
    }
}
