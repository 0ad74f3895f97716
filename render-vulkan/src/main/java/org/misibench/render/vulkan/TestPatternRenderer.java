package org.misibench.render.vulkan;

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

    private final VulkanContext context;
    private final SceneTarget target;
    private final TestPatternPipeline pipeline;

    private TestPatternRenderer(VulkanContext context, SceneTarget target, TestPatternPipeline pipeline) {
        this.context = context;
        this.target = target;
        this.pipeline = pipeline;
    }

    /** Opens a device and builds everything a {@code width × height} frame needs. */
    public static TestPatternRenderer open(DevicePreference preference, int width, int height) {
        VulkanContext context = VulkanContext.open(preference);
        SceneTarget target = null;
        try {
            target = new SceneTarget(context.device(), width, height, 1);
            return new TestPatternRenderer(context, target, new TestPatternPipeline(context.device(), target));
        } catch (RuntimeException e) {
            if (target != null) {
                target.close();
            }
            context.close();
            throw e;
        }
    }

    public DeviceInfo device() {
        return context.device().info();
    }

    /** Draws the triangle in {@code fillRgba} over {@code clearRgba} (RGBA components in 0..1). */
    public RgbaImage render(float[] clearRgba, float[] fillRgba) {
        if (clearRgba.length != 4 || fillRgba.length != 4) {
            throw new IllegalArgumentException("colours are RGBA: four components each");
        }
        context.commands().runAndWait(buffer -> {
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
        context.close();
    }
}
