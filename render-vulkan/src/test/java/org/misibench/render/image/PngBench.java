package org.misibench.render.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.misibench.render.vulkan.RgbaImage;

/**
 * PNG encoding benchmark behind {@code bench/png-encoding.sh}: javax.imageio against
 * {@link PngEncoder} at several deflate levels and filters, on a synthetic 512 × 512 molecule-like
 * image and on pure noise, then {@link PngWriterPool} throughput. Lives in test sources so it is
 * not shipped.
 *
 * <p>Method: every configuration is warmed up first (and its output checked by decoding it with
 * ImageIO); then the whole set is measured {@code REPS} times, interleaved (configuration order
 * inside a repetition, repetitions outside), and the median of the repetitions is reported. A
 * measurement is the mean wall time of {@code ITERS} encodes into memory. ImageIO is given a
 * ready-made {@link BufferedImage} (its conversion from RGBA is not timed); our encoder's time
 * includes copying the pixels out of the {@link RgbaImage}.
 *
 * <p>Arguments: a scratch folder for the pool's files (emptied after each run), or
 * {@code --sample FILE} to write the molecule-like test image and stop.
 */
public final class PngBench {

    private static final int SIZE = 512;
    private static final int REPS = 3;
    private static final int ITERS = 25;
    private static final int WARMUP_ITERS = 10;
    private static final int POOL_IMAGES = 240;
    private static final int[] LEVELS = {1, 2, 4, 6};

    private PngBench() {
    }

    /** One way of encoding an image: a name and a function to bytes. */
    private record Config(String encoder, String level, String filter, Encode encode) {
    }

    @FunctionalInterface
    private interface Encode {
        byte[] apply(RgbaImage image) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--sample")) { // write the test image, to look at it
            Files.write(Path.of(args[1]), new PngEncoder().encode(molecule(SIZE, 20261124L)));
            return;
        }
        Path scratch = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"), "png-bench-pool");
        Map<String, RgbaImage> images = new LinkedHashMap<>();
        images.put("molecule", molecule(SIZE, 20261124L));
        images.put("noise", noise(SIZE, 7L));
        Map<String, BufferedImage> intRgb = new LinkedHashMap<>();
        Map<String, BufferedImage> bgr = new LinkedHashMap<>();
        images.forEach((name, img) -> {
            intRgb.put(name, toBuffered(img, BufferedImage.TYPE_INT_RGB));
            bgr.put(name, toBuffered(img, BufferedImage.TYPE_3BYTE_BGR));
        });

        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.arch"));

        for (String imageName : images.keySet()) {
            RgbaImage image = images.get(imageName);
            List<Config> configs = new ArrayList<>();
            configs.add(new Config("ImageIO TYPE_INT_RGB", "default", "default", i -> imageIo(intRgb.get(imageName))));
            configs.add(new Config("ImageIO TYPE_3BYTE_BGR", "default", "default", i -> imageIo(bgr.get(imageName))));
            for (int level : LEVELS) {
                for (FilterStrategy f : FilterStrategy.values()) {
                    PngEncoder enc = new PngEncoder(new PngOptions(level, f));
                    configs.add(new Config("PngEncoder", Integer.toString(level), f.name(), enc::encode));
                }
            }
            long[] bytes = new long[configs.size()];
            double[][] ms = new double[configs.size()][REPS];
            for (int c = 0; c < configs.size(); c++) { // warm-up, and check the output decodes to the image
                byte[] png = null;
                for (int i = 0; i < WARMUP_ITERS; i++) {
                    png = configs.get(c).encode.apply(image);
                }
                bytes[c] = png.length;
                checkDecodes(image, png, configs.get(c));
            }
            for (int r = 0; r < REPS; r++) {
                for (int c = 0; c < configs.size(); c++) {
                    long t0 = System.nanoTime();
                    for (int i = 0; i < ITERS; i++) {
                        configs.get(c).encode.apply(image);
                    }
                    ms[c][r] = (System.nanoTime() - t0) / 1e6 / ITERS;
                }
            }
            System.out.printf(Locale.ROOT, "%n### %s (%dx%d)%n%n", imageName, SIZE, SIZE);
            System.out.println("| encoder | level | filter | ms/image median (min–max of " + REPS + ") | bytes | vs ImageIO INT_RGB bytes |");
            System.out.println("|---|---|---|---|---|---|");
            for (int c = 0; c < configs.size(); c++) {
                Config cf = configs.get(c);
                double[] s = ms[c].clone();
                Arrays.sort(s);
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f (%.2f–%.2f) | %,d | %.3f |%n", cf.encoder, cf.level, cf.filter,
                        s[REPS / 2], s[0], s[REPS - 1], bytes[c], (double) bytes[c] / bytes[0]);
            }
        }

        RgbaImage molecule = images.get("molecule");
        PngOptions chosen = PngOptions.defaults();
        System.out.printf(Locale.ROOT, "%n### PngWriterPool, %s, %d molecule images written to %s%n%n", chosen, POOL_IMAGES, scratch);
        System.out.println("| threads | images/s median (min–max of " + REPS + ") |");
        System.out.println("|---|---|");
        int[] threadCounts = {1, 2};
        double[][] rates = new double[threadCounts.length][REPS];
        poolRun(1, chosen, molecule, scratch, POOL_IMAGES / 4); // warm-up
        for (int r = 0; r < REPS; r++) {
            for (int t = 0; t < threadCounts.length; t++) {
                rates[t][r] = poolRun(threadCounts[t], chosen, molecule, scratch, POOL_IMAGES);
            }
        }
        for (int t = 0; t < threadCounts.length; t++) {
            double[] s = rates[t].clone();
            Arrays.sort(s);
            System.out.printf(Locale.ROOT, "| %d | %.1f (%.1f–%.1f) |%n", threadCounts[t], s[REPS / 2], s[0], s[REPS - 1]);
        }
    }

    /** Images per second from the first submit until close() returns, all files on disk. */
    private static double poolRun(int threads, PngOptions options, RgbaImage image, Path dir, int n) throws Exception {
        deleteTree(dir);
        Files.createDirectories(dir);
        List<Future<WrittenPng>> futures = new ArrayList<>(n);
        long t0 = System.nanoTime();
        try (PngWriterPool pool = new PngWriterPool(threads, options, 4 * threads)) {
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(image, dir.resolve(i + ".png")));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (Future<WrittenPng> f : futures) {
            f.get(); // surface any failure
        }
        deleteTree(dir);
        return n / seconds;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static byte[] imageIo(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        if (!ImageIO.write(img, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    private static void checkDecodes(RgbaImage expected, byte[] png, Config config) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        for (int y = 0; y < expected.height(); y++) {
            for (int x = 0; x < expected.width(); x++) {
                int want = expected.rgbaAt(x, y) >>> 8;
                int got = img.getRGB(x, y) & 0xFFFFFF;
                if (want != got) {
                    throw new IllegalStateException(config + " changed pixel (" + x + ", " + y + ")");
                }
            }
        }
    }

    private static BufferedImage toBuffered(RgbaImage image, int type) {
        BufferedImage b = new BufferedImage(image.width(), image.height(), type);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                b.setRGB(x, y, image.rgbaAt(x, y) >>> 8);
            }
        }
        return b;
    }

    /** Uniform random RGB, opaque: the worst case for every filter and for deflate. */
    static RgbaImage noise(int size, long seed) {
        byte[] px = new byte[size * size * 4];
        new Random(seed).nextBytes(px);
        for (int i = 3; i < px.length; i += 4) {
            px[i] = (byte) 0xFF;
        }
        return new RgbaImage(size, size, px);
    }

    /**
     * A molecule-like picture drawn on the CPU: a black background with a few hundred overlapping,
     * Lambert + Blinn-Phong shaded balls along a random-walk chain folded into a globule and fitted
     * to the frame, thin half-coloured sticks between bonded atoms, a depth buffer and a mild depth
     * cue. Drawn at twice the size and averaged over 2 × 2 pixels, like the renderer's default 4×
     * multisampling, so edges are anti-aliased. Deterministic for a seed.
     */
    static RgbaImage molecule(int size, long seed) {
        byte[] big = aliasedMolecule(2 * size, seed);
        byte[] px = new byte[size * size * 4];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                for (int k = 0; k < 3; k++) {
                    int sum = 0;
                    for (int s = 0; s < 4; s++) {
                        sum += big[((2 * y + s / 2) * 2 * size + 2 * x + s % 2) * 4 + k] & 0xFF;
                    }
                    px[(y * size + x) * 4 + k] = (byte) ((sum + 2) / 4);
                }
                px[(y * size + x) * 4 + 3] = (byte) 0xFF;
            }
        }
        return new RgbaImage(size, size, px);
    }

    private static byte[] aliasedMolecule(int size, long seed) {
        Random r = new Random(seed);
        int atoms = 320;
        double[][] pos = new double[atoms][3];
        double[] radius = new double[atoms];
        float[][] colour = new float[atoms][];
        float[][] palette = {{0.56f, 0.56f, 0.56f}, {0.56f, 0.56f, 0.56f}, {0.56f, 0.56f, 0.56f}, {0.19f, 0.31f, 0.97f},
            {1.0f, 0.05f, 0.05f}, {1.0f, 0.78f, 0.19f}};
        double[] radii = {1.7, 1.7, 1.7, 1.55, 1.52, 1.8}; // van der Waals radii (Å) of C, C, C, N, O, S
        double x = 0, y = 0, z = 0;
        for (int i = 0; i < atoms; i++) { // a random walk of 1.5 Å steps, kept inside a globule
            double dx = r.nextGaussian(), dy = r.nextGaussian(), dz = r.nextGaussian();
            double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
            x += dx / len * 1.5;
            y += dy / len * 1.5;
            z += dz / len * 1.5;
            double d = Math.sqrt(x * x + y * y + z * z);
            if (d > 11) {
                x *= 11 / d;
                y *= 11 / d;
                z *= 11 / d;
            }
            pos[i] = new double[] {x, y, z};
            int e = r.nextInt(palette.length);
            colour[i] = palette[e];
            radius[i] = radii[e] * 0.3; // ball-and-stick: balls at 30 % of the van der Waals radius
        }
        double[] centre = new double[3];
        for (double[] p : pos) {
            for (int k = 0; k < 3; k++) {
                centre[k] += p[k] / atoms;
            }
        }
        double extent = 0;
        for (double[] p : pos) {
            for (int k = 0; k < 3; k++) {
                p[k] -= centre[k];
            }
            extent = Math.max(extent, Math.max(Math.abs(p[0]), Math.abs(p[1])));
        }
        double scale = size * 0.42 / extent; // fit the view with some padding, as the camera does
        for (int i = 0; i < atoms; i++) {
            for (int k = 0; k < 3; k++) {
                pos[i][k] *= scale;
            }
            radius[i] *= scale;
        }
        List<int[]> bonds = new ArrayList<>();
        for (int i = 0; i < atoms; i++) { // chain bonds plus any other pair closer than a bond length
            for (int j = i + 1; j < atoms; j++) {
                double dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1], dz = pos[i][2] - pos[j][2];
                if (j == i + 1 || Math.sqrt(dx * dx + dy * dy + dz * dz) < 1.6 * scale) {
                    bonds.add(new int[] {i, j});
                }
            }
        }
        float[] rgb = new float[size * size * 3];
        float[] depth = new float[size * size];
        Arrays.fill(depth, Float.NEGATIVE_INFINITY);
        double c = size / 2.0;
        double[] light = normalize(-0.4, 0.5, 0.77);
        double[] half = normalize(light[0], light[1], light[2] + 1);
        for (int[] b : bonds) { // half-coloured sticks; the depth test sorts out what is in front
            stick(pos[b[0]], pos[b[1]], 0.2 * scale, colour[b[0]], colour[b[1]], c, size, rgb, depth, light, half);
        }
        for (int i = 0; i < atoms; i++) {
            sphere(pos[i], radius[i], colour[i], c, size, rgb, depth, light, half);
        }
        byte[] px = new byte[size * size * 4];
        for (int p = 0; p < size * size; p++) {
            for (int k = 0; k < 3; k++) {
                px[4 * p + k] = (byte) Math.round(Math.min(1f, rgb[3 * p + k]) * 255);
            }
            px[4 * p + 3] = (byte) 0xFF;
        }
        return px;
    }

    private static void sphere(double[] p, double rad, float[] col, double c, int size, float[] rgb, float[] depth,
            double[] light, double[] half) {
        int x0 = (int) Math.floor(c + p[0] - rad), x1 = (int) Math.ceil(c + p[0] + rad);
        int y0 = (int) Math.floor(c - p[1] - rad), y1 = (int) Math.ceil(c - p[1] + rad);
        for (int py = Math.max(0, y0); py <= Math.min(size - 1, y1); py++) {
            for (int px = Math.max(0, x0); px <= Math.min(size - 1, x1); px++) {
                double dx = (px + 0.5 - c - p[0]) / rad, dy = (c - py - 0.5 - p[1]) / rad;
                double d2 = dx * dx + dy * dy;
                if (d2 >= 1) {
                    continue;
                }
                double dz = Math.sqrt(1 - d2);
                shade(c * 0.84, px + py * size, p[2] + dz * rad, dx, dy, dz, col, rgb, depth, light, half);
            }
        }
    }

    private static void stick(double[] a, double[] b, double rad, float[] colA, float[] colB, double c, int size,
            float[] rgb, float[] depth, double[] light, double[] half) {
        double ax = c + a[0], ay = c - a[1], bx = c + b[0], by = c - b[1];
        double vx = bx - ax, vy = by - ay, len2 = vx * vx + vy * vy;
        if (len2 < 1e-6) {
            return;
        }
        double len = Math.sqrt(len2);
        int x0 = (int) Math.floor(Math.min(ax, bx) - rad), x1 = (int) Math.ceil(Math.max(ax, bx) + rad);
        int y0 = (int) Math.floor(Math.min(ay, by) - rad), y1 = (int) Math.ceil(Math.max(ay, by) + rad);
        for (int py = Math.max(0, y0); py <= Math.min(size - 1, y1); py++) {
            for (int px = Math.max(0, x0); px <= Math.min(size - 1, x1); px++) {
                double wx = px + 0.5 - ax, wy = py + 0.5 - ay;
                double t = (wx * vx + wy * vy) / len2;
                if (t < 0 || t > 1) {
                    continue;
                }
                double across = (wx * -vy + wy * vx) / len / rad; // signed distance from the axis, in radii
                if (Math.abs(across) >= 1) {
                    continue;
                }
                double nz = Math.sqrt(1 - across * across);
                double nx = across * -vy / len, ny = -across * vx / len; // screen y points down
                double z = a[2] + t * (b[2] - a[2]) + nz * rad;
                shade(c * 0.84, px + py * size, z, nx, ny, nz, t < 0.5 ? colA : colB, rgb, depth, light, half);
            }
        }
    }

    private static void shade(double zRange, int pixel, double z, double nx, double ny, double nz, float[] col, float[] rgb,
            float[] depth, double[] light, double[] half) {
        if (z <= depth[pixel]) {
            return;
        }
        depth[pixel] = (float) z;
        double diffuse = Math.max(0, nx * light[0] + ny * light[1] + nz * light[2]);
        double spec = Math.pow(Math.max(0, nx * half[0] + ny * half[1] + nz * half[2]), 30);
        double cue = Math.max(0.3, Math.min(1, 0.65 + 0.35 * z / zRange)); // z in [-zRange, zRange] // fade with depth, like ChimeraX's depth cue
        for (int k = 0; k < 3; k++) {
            rgb[3 * pixel + k] = (float) (cue * (col[k] * (0.25 + 0.75 * diffuse) + 0.3 * spec));
        }
    }

    private static double[] normalize(double x, double y, double z) {
        double l = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / l, y / l, z / l};
    }
}
