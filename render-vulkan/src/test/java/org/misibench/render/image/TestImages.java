package org.misibench.render.image;

import java.util.Random;

import org.misibench.render.vulkan.RgbaImage;

/** Deterministic test images that exercise every filter: noise, gradients, flat areas, alpha. */
final class TestImages {

    private TestImages() {
    }

    /** Random colours, every alpha 255 (so the encoder must choose RGB). */
    static RgbaImage opaqueNoise(int w, int h, long seed) {
        byte[] px = new byte[w * h * 4];
        new Random(seed).nextBytes(px);
        for (int i = 3; i < px.length; i += 4) {
            px[i] = (byte) 0xFF;
        }
        return new RgbaImage(w, h, px);
    }

    /** Random colours and random alpha, including 0 and 255, with colour kept under alpha 0. */
    static RgbaImage translucentNoise(int w, int h, long seed) {
        byte[] px = new byte[w * h * 4];
        Random r = new Random(seed);
        r.nextBytes(px);
        for (int i = 3; i < px.length; i += 4) {
            int pick = r.nextInt(4);
            px[i] = pick == 0 ? 0 : pick == 1 ? (byte) 0xFF : px[i];
        }
        px[3] = (byte) 0x7F; // at least one pixel is not opaque, whatever the seed
        return new RgbaImage(w, h, px);
    }

    /** Black background with a shaded disc: smooth gradients plus large flat areas, like a render. */
    static RgbaImage shadedDisc(int w, int h, int alphaOutside) {
        byte[] px = new byte[w * h * 4];
        double cx = w * 0.45, cy = h * 0.55, radius = Math.min(w, h) * 0.4;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 4;
                double dx = (x - cx) / radius, dy = (y - cy) / radius;
                double d2 = dx * dx + dy * dy;
                if (d2 < 1) {
                    double shade = Math.sqrt(1 - d2) * 0.8 + 0.2 * Math.max(0, -dx - dy);
                    px[i] = (byte) Math.min(255, (int) (shade * 230));
                    px[i + 1] = (byte) Math.min(255, (int) (shade * 120 + x % 7));
                    px[i + 2] = (byte) Math.min(255, (int) (shade * 60));
                    px[i + 3] = (byte) 0xFF;
                } else {
                    px[i + 3] = (byte) alphaOutside;
                }
            }
        }
        return new RgbaImage(w, h, px);
    }
}
