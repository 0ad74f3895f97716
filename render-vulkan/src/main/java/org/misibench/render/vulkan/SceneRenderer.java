package org.misibench.render.vulkan;

import java.nio.ByteBuffer;
import org.misibench.render.camera.Camera;
import org.misibench.render.scene.RenderSettings;
import org.misibench.render.scene.Scene;
import org.misibench.render.text.GlyphAtlas;
import org.misibench.render.text.LabelCompositor;

/**
 * Renders {@link Scene}s headless on one Vulkan device: spheres and half-bond cylinders as
 * ray-cast impostors with ChimeraX's default lighting and depth cue, multisampled, read back as
 * RGBA, with the scene's labels composited on top. One renderer per thread; targets and
 * pipelines are made for the first frame of a size and reused.
 *
 * <pre>{@code
 * try (SceneRenderer renderer = SceneRenderer.open(DevicePreference.AUTO)) {
 *     RgbaImage image = renderer.render(scene, camera, RenderSettings.defaults());
 * }
 * }</pre>
 */
public final class SceneRenderer implements AutoCloseable {

    private final VulkanContext context;
    private final VulkanDevice device;
    private SceneTarget target;
    private ImpostorPipeline spheres;
    private ImpostorPipeline cylinders;
    private final InstanceData sphereInstances;
    private final InstanceData cylinderInstances;
    private final LabelCompositor labels = new LabelCompositor(GlyphAtlas.shared());
    /** The scene whose instances are on the device (scenes are immutable, so identity suffices). */
    private Scene uploaded;

    private SceneRenderer(VulkanContext context) {
        this.context = context;
        this.device = context.device();
        this.sphereInstances = new InstanceData(device, ImpostorPipeline.SPHERE_STRIDE);
        this.cylinderInstances = new InstanceData(device, ImpostorPipeline.CYLINDER_STRIDE);
    }

    public static SceneRenderer open(DevicePreference preference) {
        return new SceneRenderer(VulkanContext.open(preference));
    }

    public DeviceInfo device() {
        return device.info();
    }

    /** Draws {@code scene} as {@code camera} sees it and returns the pixels. */
    public RgbaImage render(Scene scene, Camera camera, RenderSettings settings) {
        prepareTarget(settings);
        if (scene != uploaded) {
            // the views of one scene share its instance data: upload once, not once per view
            sphereInstances.upload(InstanceData.spheres(scene), scene.sphereCount());
            cylinderInstances.upload(InstanceData.cylinders(scene), scene.cylinderCount());
            uploaded = scene;
        }
        ByteBuffer frame = FrameConstants.of(camera, scene.bounds(), settings);
        int bg = settings.backgroundRgba();
        float[] clear = {((bg >>> 24) & 0xFF) / 255f, ((bg >>> 16) & 0xFF) / 255f, ((bg >>> 8) & 0xFF) / 255f, 1f};
        context.commands().runAndWait(buffer -> {
            target.begin(buffer, clear);
            spheres.draw(buffer, frame, sphereInstances.handle(), scene.sphereCount());
            cylinders.draw(buffer, frame, cylinderInstances.handle(), scene.cylinderCount());
            target.endAndCopyOut(buffer);
        });
        byte[] pixels = target.readOpaque();
        // labels go on top of everything, as ChimeraX draws them
        labels.draw(pixels, settings.width(), settings.height(), scene.labels(), camera);
        return new RgbaImage(settings.width(), settings.height(), pixels);
    }

    private void prepareTarget(RenderSettings settings) {
        if (target != null && target.width() == settings.width() && target.height() == settings.height()
                && target.samples() == settings.samples()) {
            return;
        }
        closeTarget();
        target = new SceneTarget(device, settings.width(), settings.height(), settings.samples());
        spheres = ImpostorPipeline.spheres(device, target);
        cylinders = ImpostorPipeline.cylinders(device, target);
    }

    private void closeTarget() {
        if (cylinders != null) {
            cylinders.close();
        }
        if (spheres != null) {
            spheres.close();
        }
        if (target != null) {
            target.close();
        }
    }

    /** Frees every GPU object, newest first, after the device has finished. */
    @Override
    public void close() {
        cylinderInstances.close();
        sphereInstances.close();
        closeTarget();
        context.close();
    }
}
