package org.misibench.render.vulkan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Vulkan smoke test on whatever driver this machine has (lavapipe without a GPU): a real device,
 * a real draw, a real readback. It never skips: a machine without Vulkan fails here with the
 * packages to install.
 */
class TestPatternRendererTest {

    private static final int SIZE = 64;
    private static final float[] CLEAR = {0f, 0f, 0f, 1f};
    private static final float[] FILL = {0.2f, 0.6f, 1f, 1f};
    private static final int CLEAR_RGBA = 0x000000FF;
    private static final int FILL_RGBA = 51 << 24 | 153 << 16 | 255 << 8 | 255;

    private static TestPatternRenderer renderer;

    @BeforeAll
    static void openDevice() {
        renderer = TestPatternRenderer.open(DevicePreference.AUTO, SIZE, SIZE);
        System.out.println("Vulkan device: " + renderer.device());
    }

    @AfterAll
    static void closeDevice() {
        renderer.close();
    }

    @Test
    void reportsTheDeviceItRendersOn() {
        DeviceInfo info = renderer.device();
        assertFalse(info.name().isBlank(), "device name");
        assertTrue(info.apiVersion().startsWith("1."), "Vulkan 1.x, was " + info.apiVersion());
    }

    @Test
    void coversExactlyThePixelsWhoseCentresLieInsideTheTriangle() {
        RgbaImage image = renderer.render(CLEAR, FILL);

        // Independent of the renderer: the triangle in pixel coordinates, y down, and the
        // rasteriser's rule that a pixel is covered when its centre is inside. With SIZE = 64
        // no pixel centre lies exactly on an edge, so the expected mask has no ties.
        double[] apex = {SIZE / 2.0, SIZE / 4.0};
        double[] right = {SIZE * 3 / 4.0, SIZE * 3 / 4.0};
        double[] left = {SIZE / 4.0, SIZE * 3 / 4.0};
        List<String> wrong = new ArrayList<>();
        int covered = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                boolean inside = side(apex, right, px, py) >= 0 && side(right, left, px, py) >= 0
                        && side(left, apex, px, py) >= 0;
                int expected = inside ? FILL_RGBA : CLEAR_RGBA;
                covered += inside ? 1 : 0;
                if (image.rgbaAt(x, y) != expected && wrong.size() < 10) {
                    wrong.add(String.format("(%d,%d): expected %08x, was %08x", x, y, expected, image.rgbaAt(x, y)));
                }
            }
        }
        assertTrue(wrong.isEmpty(), "pixels differing from the triangle's coverage: " + wrong);
        assertEquals(SIZE * SIZE / 8.0, covered, SIZE, "the triangle covers an eighth of the image");
    }

    @Test
    void apexPointsToTheTopOfTheImage() {
        RgbaImage image = renderer.render(CLEAR, FILL);
        // at 70 % of the height the upright triangle is wide, an upside-down one narrow
        assertEquals(FILL_RGBA, image.rgbaAt((int) (SIZE * 0.3), (int) (SIZE * 0.7)));
        assertEquals(CLEAR_RGBA, image.rgbaAt(SIZE / 2, (int) (SIZE * 0.2)));
    }

    @Test
    void sameInputGivesIdenticalImages() {
        assertEquals(renderer.render(CLEAR, FILL), renderer.render(CLEAR, FILL));
    }

    /** Positive when (px, py) is on the inner side of edge a→b of a clockwise (y-down) triangle. */
    private static double side(double[] a, double[] b, double px, double py) {
        return (b[0] - a[0]) * (py - a[1]) - (b[1] - a[1]) * (px - a[0]);
    }
}
