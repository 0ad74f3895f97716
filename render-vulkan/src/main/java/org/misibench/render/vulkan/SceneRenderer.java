package org.misibench.render.vulkan;

import static org.lwjgl.vulkan.VK10.VK_BUFFER_USAGE_VERTEX_BUFFER_BIT;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import org.misibench.render.camera.Camera;
import org.misibench.render.scene.RenderSettings;
import org.misibench.render.scene.Scene;

/**
 * Renders {@link Scene}s headless on one Vulkan device: spheres as ray-cast impostors with
 * ChimeraX's default lighting and depth cue, multisampled, read back as RGBA. One renderer per
 * thread; targets and pipelines are made for the first frame of a size and reused.
 *
 * <pre>{@code
 * try (SceneRenderer renderer = SceneRenderer.open(DevicePreference.AUTO)) {
 *     RgbaImage image = renderer.render(scene, camera, RenderSettings.defaults());
 * }
 * }</pre>
 */
public final class SceneRenderer implements AutoCloseable {

    private final VulkanInstance instance;
    private final VulkanDevice device;
    private final CommandRunner commands;
    private SceneTarget target;
    private SpherePipeline spheres;
    private HostBuffer sphereInstances;

    private SceneRenderer(VulkanInstance instance, VulkanDevice device, CommandRunner commands) {
        this.instance = instance;
        this.device = device;
        this.commands = commands;
    }

    public static SceneRenderer open(DevicePreference preference) {
        Objects.requireNonNull(preference, "preference");
        VulkanInstance instance = VulkanInstance.create();
        VulkanDevice device = null;
        try {
            device = VulkanDevice.open(instance, preference);
            return new SceneRenderer(instance, device, new CommandRunner(device));
        } catch (RuntimeException e) {
            if (device != null) {
                device.close();
            }
            instance.close();
            throw e;
        }
    }

    public DeviceInfo device() {
        return device.info();
    }

    /** Draws {@code scene} as {@code camera} sees it and returns the pixels. */
    public RgbaImage render(Scene scene, Camera camera, RenderSettings settings) {
        prepareTarget(settings);
        uploadSpheres(scene);
        ByteBuffer frame = FrameConstants.of(camera, scene.bounds(), settings);
        int bg = settings.backgroundRgba();
        float[] clear = {((bg >>> 24) & 0xFF) / 255f, ((bg >>> 16) & 0xFF) / 255f, ((bg >>> 8) & 0xFF) / 255f, 1f};
        commands.runAndWait(buffer -> {
            target.begin(buffer, clear);
            spheres.draw(buffer, frame, sphereInstances.handle(), scene.sphereCount());
            target.endAndCopyOut(buffer);
        });
        return target.read();
    }

    private void prepareTarget(RenderSettings settings) {
        if (target != null && target.width() == settings.width() && target.height() == settings.height()
                && target.samples() == settings.samples()) {
            return;
        }
        if (spheres != null) {
            spheres.close();
        }
        if (target != null) {
            target.close();
        }
        target = new SceneTarget(device, settings.width(), settings.height(), settings.samples());
        spheres = new SpherePipeline(device, target);
    }

    private void uploadSpheres(Scene scene) {
        int count = scene.sphereCount();
        long needed = Math.max(1, count) * (long) SpherePipeline.STRIDE;
        if (sphereInstances == null || sphereInstances.size() < needed) {
            if (sphereInstances != null) {
                sphereInstances.close();
            }
            sphereInstances = new HostBuffer(device, Math.max(needed, 64 * 1024), VK_BUFFER_USAGE_VERTEX_BUFFER_BIT);
        }
        ByteBuffer data = ByteBuffer.allocateDirect((int) needed).order(ByteOrder.nativeOrder());
        double[] centres = scene.sphereCentres();
        double[] radii = scene.sphereRadii();
        int[] colours = scene.sphereColours();
        for (int i = 0; i < count; i++) {
            data.putFloat((float) centres[3 * i]).putFloat((float) centres[3 * i + 1]).putFloat((float) centres[3 * i + 2])
                    .putFloat((float) radii[i]);
            int c = colours[i];
            data.put((byte) (c >>> 24)).put((byte) (c >>> 16)).put((byte) (c >>> 8)).put((byte) c);
        }
        data.flip();
        sphereInstances.write(data);
    }

    /** Frees every GPU object, newest first, after the device has finished. */
    @Override
    public void close() {
        if (sphereInstances != null) {
            sphereInstances.close();
        }
        if (spheres != null) {
            spheres.close();
        }
        if (target != null) {
            target.close();
        }
        commands.close();
        device.close();
        instance.close();
    }
}
