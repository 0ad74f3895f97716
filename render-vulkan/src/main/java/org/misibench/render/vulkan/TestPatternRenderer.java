package org.misibench.render.vulkan;

import java.util.Objects;

/**
 * Renders a known test pattern (one triangle, apex up, spanning the middle half of the image)
 * on a chosen device and reads it back. It proves a machine's Vulkan set-up end to end:
 * loader, driver, device, shader compilation, rasterisation and readback.
 *
 * <pre>{@code
 * try (var renderer = TestPatternRenderer.open(DevicePreference.AUTO, 64, 64)) {
 *     RgbaImage image = renderer.render(new float[] {0, 0, 0, 1}, new float[] {1, 0, 0, 1});
 * }
 * }</pre>
 */
public final class TestPatternRenderer implements AutoCloseable {

    private final VulkanInstance instance;
    private final VulkanDevice device;
    private final CommandRunner commands;
    private final OffscreenTarget target;
    private final TestPatternPipeline pipeline;

    private TestPatternRenderer(VulkanInstance instance, VulkanDevice device, CommandRunner commands,
                                OffscreenTarget target, TestPatternPipeline pipeline) {
        this.instance = instance;
        this.device = device;
        this.commands = commands;
        this.target = target;
        this.pipeline = pipeline;
    }

    /** Opens a device and builds everything a {@code width × height} frame needs. */
    public static TestPatternRenderer open(DevicePreference preference, int width, int height) {
        Objects.requireNonNull(preference, "preference");
        VulkanInstance instance = VulkanInstance.create();
        VulkanDevice device = null;
        CommandRunner commands = null;
        OffscreenTarget target = null;
        try {
            device = VulkanDevice.open(instance, preference);
            commands = new CommandRunner(device);
            target = new OffscreenTarget(device, width, height);
            return new TestPatternRenderer(instance, device, commands, target, new TestPatternPipeline(device, target));
        } catch (RuntimeException e) {
            // free what was built, newest first, then report the original failure
            if (target != null) {
                target.close();
            }
            if (commands != null) {
                commands.close();
            }
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

    /** Draws the triangle in {@code fillRgba} over {@code clearRgba} (RGBA components in 0..1). */
    public RgbaImage render(float[] clearRgba, float[] fillRgba) {
        if (clearRgba.length != 4 || fillRgba.length != 4) {
            throw new IllegalArgumentException("colours are RGBA: four components each");
        }
        commands.runAndWait(buffer -> {
            target.begin(buffer, clearRgba);
            pipeline.draw(buffer, fillRgba);
            target.endAndCopyOut(buffer);
        });
        return target.read();
    }

    /** Frees every GPU object in the reverse order of creation. */
    @Override
    public void close() {
        pipeline.close();
        target.close();
        commands.close();
        device.close();
        instance.close();
    }
}
