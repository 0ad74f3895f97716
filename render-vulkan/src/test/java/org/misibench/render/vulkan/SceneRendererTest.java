package org.misibench.render.vulkan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misibench.render.camera.Camera;
import org.misibench.render.camera.PixelPoint;
import org.misibench.render.scene.RenderSettings;
import org.misibench.render.scene.Scene;

/**
 * Spheres drawn on the real Vulkan driver (lavapipe here) land where the camera maths predicts,
 * with the size perspective predicts, over the background, identically every time.
 */
class SceneRendererTest {

    private static final int RED = 0xFF2020FF;
    private static final int GREEN = 0x20FF20FF;
    private static final int BLUE = 0x2020FFFF;
    private static SceneRenderer renderer;

    @BeforeAll
    static void open() {
        renderer = SceneRenderer.open(DevicePreference.AUTO);
    }

    @AfterAll
    static void close() {
        renderer.close();
    }

    private static Scene threeSpheres() {
        return Scene.builder()
                .sphere(-4, 0, 0, 1.0, RED)
                .sphere(4, 1, -2, 1.0, GREEN)
                .sphere(0, -3, 1, 0.8, BLUE)
                .build();
    }

    @Test
    void sphereCentresLandWhereTheCameraPutsThemAtTheSizePerspectiveGives() throws Exception {
        Scene scene = threeSpheres();
        RenderSettings settings = RenderSettings.defaults().withSize(256, 256);
        Camera camera = Camera.identity().fitTo(scene.bounds(), 0.05, 256, 256);
        RgbaImage image = renderer.render(scene, camera, settings);
        save(image, "three-spheres.png");

        double[] centres = scene.sphereCentres();
        double[] radii = scene.sphereRadii();
        int[] channel = {0, 1, 2}; // red, green, blue sphere: that channel dominates
        for (int i = 0; i < 3; i++) {
            PixelPoint p = camera.toPixels(centres[3 * i], centres[3 * i + 1], centres[3 * i + 2], 256, 256);
            double radiusPx = radii[i] * 128 / (p.depth() * Math.tan(Math.toRadians(15)));
            int[] inside = rgb(image.rgbaAt((int) p.x(), (int) p.y()));
            assertTrue(inside[channel[i]] > 60 && inside[channel[i]] > 2 * inside[(channel[i] + 1) % 3],
                    "sphere " + i + " colour at its projected centre, was " + java.util.Arrays.toString(inside));
            // 70 % of the projected radius from the centre is still the sphere, 130 % is background
            int[] edgeInside = rgb(image.rgbaAt((int) Math.round(p.x() + 0.7 * radiusPx), (int) Math.round(p.y())));
            int[] edgeOutside = rgb(image.rgbaAt((int) Math.round(p.x() + 1.3 * radiusPx), (int) Math.round(p.y())));
            assertTrue(edgeInside[channel[i]] > 0, "inside the silhouette of sphere " + i);
            assertEquals(0, edgeOutside[0] + edgeOutside[1] + edgeOutside[2], "outside the silhouette of sphere " + i);
        }
        assertEquals(0x000000FF, image.rgbaAt(0, 0), "black background");
    }

    @Test
    void theSameSceneRendersToIdenticalPixels() {
        Scene scene = threeSpheres();
        RenderSettings settings = RenderSettings.defaults().withSize(128, 96);
        Camera camera = Camera.identity().fitTo(scene.bounds(), 0.05, 128, 96);
        assertEquals(renderer.render(scene, camera, settings), renderer.render(scene, camera, settings));
    }

    @Test
    void aNearerSphereHidesTheOneBehindIt() {
        Scene scene = Scene.builder().sphere(0, 0, 0, 1, RED).sphere(0, 0, 3, 0.5, GREEN).build();
        Camera camera = Camera.identity().fitTo(scene.bounds(), 0.05, 128, 128);
        RgbaImage image = renderer.render(scene, camera, RenderSettings.defaults().withSize(128, 128).withSamples(1));
        PixelPoint p = camera.toPixels(0, 0, 3, 128, 128);
        int[] c = rgb(image.rgbaAt((int) p.x(), (int) p.y()));
        assertTrue(c[1] > c[0], "the green sphere in front, was " + java.util.Arrays.toString(c));
    }

    @Test
    void aHalfBondStickShowsEachAtomsColourOnItsHalf() throws Exception {
        Scene stick = Scene.builder()
                .sphere(-3, 0, 0, 0.3, RED).sphere(3, 0.5, 0, 0.3, BLUE)
                .cylinder(-3, 0, 0, 3, 0.5, 0, 0.3, RED, BLUE)
                .build();
        Camera camera = Camera.identity().fitTo(stick.bounds(), 0.05, 256, 256);
        RgbaImage image = renderer.render(stick, camera, RenderSettings.defaults().withSize(256, 256));
        save(image, "stick.png");
        PixelPoint quarter = camera.toPixels(-1.5, 0.125, 0, 256, 256);
        PixelPoint threeQuarters = camera.toPixels(1.5, 0.375, 0, 256, 256);
        int[] a = rgb(image.rgbaAt((int) quarter.x(), (int) quarter.y()));
        int[] b = rgb(image.rgbaAt((int) threeQuarters.x(), (int) threeQuarters.y()));
        assertTrue(a[0] > 2 * a[2] && a[0] > 60, "first half red, was " + java.util.Arrays.toString(a));
        assertTrue(b[2] > 2 * b[0] && b[2] > 60, "second half blue, was " + java.util.Arrays.toString(b));
        // 3 stick radii above the axis is background
        double radiusPx = 0.3 * 128 / (quarter.depth() * Math.tan(Math.toRadians(15)));
        int[] above = rgb(image.rgbaAt((int) quarter.x(), (int) Math.round(quarter.y() - 3 * radiusPx)));
        assertEquals(0, above[0] + above[1] + above[2], "beside the stick");
    }

    @Test
    void labelsAppearOnTopAtTheirAnchorPlusOffset() throws Exception {
        Scene labelled = Scene.builder()
                .sphere(0, 0, 0, 1.0, BLUE)
                .label(new org.misibench.render.scene.Label(0, 0, 0, "ARG 45", 0, 0, 1.5, 0.7, 0xFFFFFFFF))
                .build();
        Camera camera = Camera.identity().fitTo(labelled.bounds(), 0.05, 256, 256);
        RgbaImage image = renderer.render(labelled, camera, RenderSettings.defaults().withSize(256, 256));
        save(image, "label.png");
        // the label's box: lower-left at the anchor moved 1.5 Å toward the viewer; 0.7 Å tall at that depth
        org.misibench.render.camera.ScreenPoint corner = camera.toScreen(0, 0, 0);
        PixelPoint lowerLeft = Camera.project(new org.misibench.render.camera.ScreenPoint(corner.x(), corner.y(),
                corner.z() + 1.5), 256, 256);
        double heightPx = 0.7 * 128 / (lowerLeft.depth() * Math.tan(Math.toRadians(15)));
        int white = 0;
        for (int y = (int) (lowerLeft.y() - heightPx); y < (int) lowerLeft.y(); y++) {
            for (int x = (int) lowerLeft.x(); x < Math.min(256, (int) (lowerLeft.x() + 4 * heightPx)); x++) {
                int[] c = rgb(image.rgbaAt(x, y));
                white += c[0] > 200 && c[1] > 200 ? 1 : 0;
            }
        }
        assertTrue(white > 20, "white text pixels in the label's box: " + white);
        // nothing white below the label's baseline on the sphere's left half
        for (int y = (int) lowerLeft.y() + 3; y < (int) lowerLeft.y() + 10; y++) {
            int[] c = rgb(image.rgbaAt((int) lowerLeft.x() - 5, y));
            assertTrue(c[0] < 200 || c[1] < 200, "no text outside the label");
        }
    }

    private static int[] rgb(int rgba) {
        return new int[] {rgba >>> 24, (rgba >>> 16) & 0xFF, (rgba >>> 8) & 0xFF};
    }

    private static void save(RgbaImage image, String name) throws Exception {
        BufferedImage b = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                b.setRGB(x, y, image.rgbaAt(x, y) >>> 8);
            }
        }
        File dir = new File("target/images");
        dir.mkdirs();
        ImageIO.write(b, "png", new File(dir, name));
    }
}
