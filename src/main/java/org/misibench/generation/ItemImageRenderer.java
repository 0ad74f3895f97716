package org.misibench.generation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.misibench.render.image.PngWriterPool;
import org.misibench.render.image.WrittenPng;
import org.misibench.render.scene.RenderSettings;
import org.misibench.render.vulkan.SceneRenderer;
import org.misibench.task.ImageSpec;
import org.misibench.task.ItemDraft;

/**
 * Renders the images of a complex's drafts, each distinct picture once ({@link ImageSpec#renderKey()}),
 * and stores them by content in one folder ({@code <sha256>.png}, written then renamed, never
 * rewritten). The renderer and the PNG pool belong to the caller: one renderer per thread.
 */
public final class ItemImageRenderer {

    private final SceneRenderer renderer;
    private final PngWriterPool pngs;
    private final Path folder;
    private final RenderSettings settings;

    public ItemImageRenderer(SceneRenderer renderer, PngWriterPool pngs, Path folder, int imageSize) {
        this.renderer = renderer;
        this.pngs = pngs;
        this.folder = folder;
        this.settings = RenderSettings.defaults().withSize(imageSize, imageSize);
    }

    /** The stored image of every distinct picture of {@code drafts}, by render key. */
    public Map<String, WrittenPng> render(List<ItemDraft> drafts) throws InterruptedException {
        // group by scene so the renderer uploads each scene's instance data once
        Map<String, Map<String, ImageSpec>> byScene = new LinkedHashMap<>();
        for (ItemDraft d : drafts) {
            for (ImageSpec spec : d.images()) {
                byScene.computeIfAbsent(spec.sceneKey(), k -> new LinkedHashMap<>()).putIfAbsent(spec.renderKey(), spec);
            }
        }
        Map<String, Future<WrittenPng>> pending = new LinkedHashMap<>();
        for (Map<String, ImageSpec> specs : byScene.values()) {
            for (Map.Entry<String, ImageSpec> e : specs.entrySet()) {
                ImageSpec spec = e.getValue();
                pending.put(e.getKey(), pngs.submitContentAddressed(renderer.render(spec.scene(), spec.camera(), settings),
                        folder));
            }
        }
        Map<String, WrittenPng> written = new LinkedHashMap<>();
        List<Exception> failures = new ArrayList<>();
        for (Map.Entry<String, Future<WrittenPng>> e : pending.entrySet()) {
            try {
                written.put(e.getKey(), e.getValue().get());
            } catch (ExecutionException ex) {
                failures.add(ex);
            }
        }
        if (!failures.isEmpty()) {
            IllegalStateException error = new IllegalStateException("could not store " + failures.size() + " image(s) in "
                    + folder + ": " + failures.get(0).getCause(), failures.get(0).getCause());
            failures.stream().skip(1).forEach(error::addSuppressed);
            throw error;
        }
        return written;
    }

    /** The renderer device, as recorded in provenance. */
    public String device() {
        return renderer.device().toString();
    }
}
