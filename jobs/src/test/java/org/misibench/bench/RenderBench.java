package org.misibench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.PreparedComplex;
import org.misibench.render.camera.CanonicalView;
import org.misibench.render.image.PngWriterPool;
import org.misibench.render.scene.RenderSettings;
import org.misibench.render.scene.Scene;
import org.misibench.render.vulkan.DevicePreference;
import org.misibench.render.vulkan.RgbaImage;
import org.misibench.render.vulkan.SceneRenderer;
import org.misibench.scene.ComplexSceneBuilder;
import org.misibench.scene.ComplexViews;
import org.misibench.source.BundledSample;

/**
 * Render throughput for {@code bench/render-throughput.sh}: the six canonical views of one bundled
 * complex (pocket + ligand, sticks, labels, 512², 4× MSAA), render-only (render + readback + labels)
 * and with PNG encoding and writing, on 1 and 2 renderer threads. Each renderer thread owns its
 * SceneRenderer (one per thread, as the renderer requires). Prints one line per measurement.
 *
 * <p>Arguments: complex id (default 1G9V_RQ3), images per thread per measurement (default 120),
 * device (default auto), output folder for PNGs (default a temporary folder).
 */
public final class RenderBench {

    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        String id = args.length > 0 ? args[0] : "1G9V_RQ3";
        int images = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        DevicePreference device = DevicePreference.parse(args.length > 2 ? args[2] : "auto");
        Path out = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("render-bench");
        PreparedComplex complex = ComplexPreparer.prepare(BundledSample.complex(id));
        Scene scene = ComplexSceneBuilder.pocketAndLigand(complex);
        RenderSettings settings = RenderSettings.defaults();
        ComplexViews views = ComplexViews.of(scene, settings.width(), settings.height());
        System.out.printf(Locale.ROOT, "scene %s: %d spheres, %d cylinders, %d labels, %dx%d, %dx MSAA%n", id,
                scene.sphereCount(), scene.cylinderCount(), scene.labels().size(), settings.width(), settings.height(),
                settings.samples());
        for (int threads = 1; threads <= 2; threads++) {
            for (boolean png : new boolean[] {false, true}) {
                double rate = measure(scene, views, settings, device, threads, images, png ? out : null);
                System.out.printf(Locale.ROOT, "%d thread%s, %s: %.1f images/s%n", threads, threads == 1 ? "" : "s",
                        png ? "render + PNG" : "render only", rate);
            }
        }
    }

    private static double measure(Scene scene, ComplexViews views, RenderSettings settings, DevicePreference device,
                                  int threads, int imagesPerThread, Path pngDir) throws Exception {
        CanonicalView[] all = CanonicalView.values();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (PngWriterPool pngs = pngDir == null ? null : new PngWriterPool(threads)) {
            List<SceneRenderer> renderers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                SceneRenderer r = SceneRenderer.open(device);
                for (CanonicalView v : all) {
                    r.render(scene, views.camera(v), settings); // warm-up: first frames JIT-compile shaders
                }
                renderers.add(r);
            }
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                SceneRenderer r = renderers.get(t);
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < imagesPerThread; i++) {
                        CanonicalView v = all[i % all.length];
                        RgbaImage image = r.render(scene, views.camera(v), settings);
                        if (pngs != null) {
                            pngs.submit(image, pngDir.resolve("t" + thread + "_" + i + ".png"));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            if (pngs != null) {
                pngs.close(); // waits for every pending image
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            for (SceneRenderer r : renderers) {
                r.close();
            }
            return threads * imagesPerThread / seconds;
        } finally {
            pool.shutdown();
        }
    }
}
