package org.misibench.render.vulkan;

import static org.lwjgl.vulkan.VK10.VK_BUFFER_USAGE_VERTEX_BUFFER_BIT;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.misibench.render.scene.Scene;

/**
 * Owns the host-visible vertex buffer holding one kind of per-instance data, grown when a scene
 * needs more; and packs a scene's spheres or cylinders into the layout the shaders read.
 */
final class InstanceData implements AutoCloseable {

    private static final long MIN_BYTES = 64 * 1024;

    private final VulkanDevice device;
    private final int stride;
    private HostBuffer buffer;

    InstanceData(VulkanDevice device, int stride) {
        this.device = device;
        this.stride = stride;
    }

    /** Copies {@code data} ({@code count} instances) to the device, growing the buffer if needed. */
    void upload(ByteBuffer data, int count) {
        long needed = Math.max(1L, count) * stride;
        if (buffer == null || buffer.size() < needed) {
            if (buffer != null) {
                buffer.close();
            }
            buffer = new HostBuffer(device, Math.max(needed, MIN_BYTES), VK_BUFFER_USAGE_VERTEX_BUFFER_BIT);
        }
        if (count > 0) {
            buffer.write(data);
        }
    }

    long handle() {
        return buffer.handle();
    }

    static ByteBuffer spheres(Scene scene) {
        int n = scene.sphereCount();
        ByteBuffer data = ByteBuffer.allocateDirect(Math.max(1, n) * ImpostorPipeline.SPHERE_STRIDE).order(ByteOrder.nativeOrder());
        double[] centres = scene.sphereCentres();
        double[] radii = scene.sphereRadii();
        int[] colours = scene.sphereColours();
        for (int i = 0; i < n; i++) {
            data.putFloat((float) centres[3 * i]).putFloat((float) centres[3 * i + 1]).putFloat((float) centres[3 * i + 2])
                    .putFloat((float) radii[i]);
            putColour(data, colours[i]);
        }
        return data.flip();
    }

    static ByteBuffer cylinders(Scene scene) {
        int n = scene.cylinderCount();
        ByteBuffer data = ByteBuffer.allocateDirect(Math.max(1, n) * ImpostorPipeline.CYLINDER_STRIDE).order(ByteOrder.nativeOrder());
        double[] ends = scene.cylinderEnds();
        double[] radii = scene.cylinderRadii();
        int[] a = scene.cylinderColoursA();
        int[] b = scene.cylinderColoursB();
        for (int i = 0; i < n; i++) {
            data.putFloat((float) ends[6 * i]).putFloat((float) ends[6 * i + 1]).putFloat((float) ends[6 * i + 2])
                    .putFloat((float) radii[i]);
            data.putFloat((float) ends[6 * i + 3]).putFloat((float) ends[6 * i + 4]).putFloat((float) ends[6 * i + 5])
                    .putFloat(0f);
            putColour(data, a[i]);
            putColour(data, b[i]);
        }
        return data.flip();
    }

    /** 0xRRGGBBAA as the bytes R, G, B, A (VK_FORMAT_R8G8B8A8_UNORM). */
    private static void putColour(ByteBuffer data, int rgba) {
        data.put((byte) (rgba >>> 24)).put((byte) (rgba >>> 16)).put((byte) (rgba >>> 8)).put((byte) rgba);
    }

    @Override
    public void close() {
        if (buffer != null) {
            buffer.close();
        }
    }
}
