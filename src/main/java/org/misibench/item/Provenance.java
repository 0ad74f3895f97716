package org.misibench.item;

import java.util.List;
import org.misibench.render.camera.Camera;

/**
 * Where an item came from: enough to make it again and to check it.
 *
 * @param generator    this software and version, e.g. {@code misi-bench 0.1.0}
 * @param seed         the run's seed
 * @param sourceSha256 SHA-256 over the complex's input files
 * @param criteria     the H-bond criteria profile, e.g. {@code chimerax-hbonds-relaxed v1}
 * @param renderer     the renderer device that drew the images (images are byte-identical only on the same one)
 * @param imageSize    width and height of the images, pixels
 * @param cameras      the camera of each image, in image order
 */
public record Provenance(String generator, long seed, String sourceSha256, String criteria, String renderer,
                         int imageSize, List<Camera> cameras) {

    public Provenance {
        cameras = List.copyOf(cameras);
    }
}
