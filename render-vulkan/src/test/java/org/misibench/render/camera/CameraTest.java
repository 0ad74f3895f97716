package org.misibench.render.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Camera maths against values worked out by hand from spec §2 (ChimeraX's camera). */
class CameraTest {

    private static final double EPS = 1e-9;
    private static final double T = Math.tan(Math.toRadians(15));

    @Test
    void projectsStraightAheadToTheCentreAndTheFieldOfViewEdgeToTheBorder() {
        Camera c = Camera.identity();
        PixelPoint centre = c.toPixels(0, 0, -10, 512, 512);
        assertEquals(256, centre.x(), EPS);
        assertEquals(256, centre.y(), EPS);
        assertEquals(10, centre.depth(), EPS);
        assertEquals(512, c.toPixels(10 * T, 0, -10, 512, 512).x(), 1e-9, "15° right is the right edge");
        assertEquals(0, c.toPixels(0, 10 * T, -10, 512, 512).y(), 1e-9, "15° up is the top edge of a square image");
        // the pixel scale follows the width: in a 512 × 256 image the same point is 256 px above the
        // centre row (128), i.e. outside the image, because the vertical field of view is narrower
        assertEquals(128 - 256, c.toPixels(0, 10 * T, -10, 512, 256).y(), 1e-9);
    }

    @Test
    void moveShiftsEveryScreenCoordinateByExactlyTheDistance() {
        Camera c = Camera.identity().turn(ScreenAxis.Y, 33, new double[] {1, 2, 3}).move(ScreenAxis.Z, -40);
        double[][] points = {{1, 2, 3}, {-4, 0.5, 7}, {10, -3, -2}};
        for (ScreenAxis axis : ScreenAxis.values()) {
            Camera moved = c.move(axis, 4);
            for (double[] p : points) {
                ScreenPoint before = c.toScreen(p[0], p[1], p[2]);
                ScreenPoint after = moved.toScreen(p[0], p[1], p[2]);
                assertEquals(axis == ScreenAxis.X ? 4 : 0, after.x() - before.x(), 1e-9, axis + " x");
                assertEquals(axis == ScreenAxis.Y ? 4 : 0, after.y() - before.y(), 1e-9, axis + " y");
                assertEquals(axis == ScreenAxis.Z ? 4 : 0, after.z() - before.z(), 1e-9, axis + " z");
            }
        }
    }

    @Test
    void turnRotatesTheSceneRightHandedAboutTheScreenAxisThroughTheCentre() {
        double[] centre = {5, -2, 1};
        Camera c = Camera.identity().move(ScreenAxis.Z, -30);
        ScreenPoint cs = c.toScreen(centre[0], centre[1], centre[2]);
        // unit offsets from the centre along screen x, y, and their images (spec §2.6 formulas at 90°)
        assertOffset(c.turn(ScreenAxis.Y, 90, centre), centre, new double[] {1, 0, 0}, cs, 0, 0, -1);
        assertOffset(c.turn(ScreenAxis.X, 90, centre), centre, new double[] {0, 1, 0}, cs, 0, 0, 1);
        assertOffset(c.turn(ScreenAxis.Z, 90, centre), centre, new double[] {1, 0, 0}, cs, 0, 1, 0);
        // the centre of rotation stays where it was on screen
        ScreenPoint after = c.turn(ScreenAxis.X, 37, centre).toScreen(centre[0], centre[1], centre[2]);
        assertEquals(cs.x(), after.x(), 1e-9);
        assertEquals(cs.y(), after.y(), 1e-9);
        assertEquals(cs.z(), after.z(), 1e-9);
    }

    private static void assertOffset(Camera turned, double[] centre, double[] offset, ScreenPoint cs,
                                     double ex, double ey, double ez) {
        ScreenPoint p = turned.toScreen(centre[0] + offset[0], centre[1] + offset[1], centre[2] + offset[2]);
        assertEquals(ex, p.x() - cs.x(), 1e-9);
        assertEquals(ey, p.y() - cs.y(), 1e-9);
        assertEquals(ez, p.z() - cs.z(), 1e-9);
    }

    @Test
    void fittingACubeLeavesTheFivePercentPaddingTheFormulaPredicts() {
        BoundingBox cube = new BoundingBox(-1, -1, -1, 1, 1, 1);
        Camera c = Camera.identity().fitTo(cube, 0.05, 512, 512);
        PixelPoint centre = c.toPixels(0, 0, 0, 512, 512);
        assertEquals(256, centre.x(), 1e-9);
        assertEquals(256, centre.y(), 1e-9);
        // hand-worked: d0 = 1/tan15° + 1 = 4.732; d = d0/0.95; nearest corners at depth d - 1,
        // so they reach a fraction (d0 - 1)/(d - 1) of the half-width
        double d0 = 1 / T + 1;
        double d = d0 / 0.95;
        double expected = (d0 - 1) / (d - 1);
        double widest = 0;
        for (double[] corner : cube.corners()) {
            PixelPoint p = c.toPixels(corner[0], corner[1], corner[2], 512, 512);
            widest = Math.max(widest, Math.abs(p.x() - 256) / 256);
            assertTrue(p.x() >= 0 && p.x() <= 512 && p.y() >= 0 && p.y() <= 512, "corner inside the image");
        }
        assertEquals(expected, widest, 1e-9);
        assertEquals(d, c.position()[2], 1e-9, "the eye sits on +z, looking down −z");
    }

    @Test
    void theCanonicalViewsShowTheNamedFaceOfTheScene() {
        BoundingBox box = new BoundingBox(-3, -2, -1, 3, 2, 1);
        double[] centre = box.centre();
        Camera front = Camera.identity().fitTo(box, 0.05, 512, 512);
        // the face toward the viewer has the largest screen z
        assertClosest(CanonicalView.LEFT.from(front, centre), new double[] {-3, 0, 0}, new double[] {3, 0, 0});
        assertClosest(CanonicalView.RIGHT.from(front, centre), new double[] {3, 0, 0}, new double[] {-3, 0, 0});
        assertClosest(CanonicalView.TOP.from(front, centre), new double[] {0, 2, 0}, new double[] {0, -2, 0});
        assertClosest(CanonicalView.BOTTOM.from(front, centre), new double[] {0, -2, 0}, new double[] {0, 2, 0});
        assertClosest(CanonicalView.BACK.from(front, centre), new double[] {0, 0, -1}, new double[] {0, 0, 1});
        assertClosest(CanonicalView.FRONT.from(front, centre), new double[] {0, 0, 1}, new double[] {0, 0, -1});
    }

    private static void assertClosest(Camera view, double[] near, double[] far) {
        assertTrue(view.toScreen(near[0], near[1], near[2]).z() > view.toScreen(far[0], far[1], far[2]).z());
    }
}
