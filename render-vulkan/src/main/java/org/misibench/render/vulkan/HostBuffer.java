package org.misibench.render.vulkan;

import static org.lwjgl.system.MemoryStack.stackPush;
import static org.lwjgl.vulkan.VK10.*;

import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;
import org.lwjgl.vulkan.VkBufferCreateInfo;
import org.lwjgl.vulkan.VkMappedMemoryRange;
import org.lwjgl.vulkan.VkMemoryAllocateInfo;
import org.lwjgl.vulkan.VkMemoryRequirements;

/**
 * Owns a buffer in host-visible memory, mapped for its whole life: image readback and per-instance
 * scene data. Cached memory is preferred because readback is read by the CPU; writes are flushed
 * when the memory is not coherent.
 */
final class HostBuffer implements AutoCloseable {

    private final VulkanDevice device;
    private final long buffer;
    private final long memory;
    private final long size;
    private final boolean coherent;
    private final ByteBuffer mapped;

    HostBuffer(VulkanDevice device, long size, int usage) {
        this.device = device;
        this.size = size;
        try (MemoryStack stack = stackPush()) {
            LongBuffer handle = stack.mallocLong(1);
            VkResults.check(vkCreateBuffer(device.handle(), VkBufferCreateInfo.calloc(stack).sType$Default()
                    .size(size).usage(usage).sharingMode(VK_SHARING_MODE_EXCLUSIVE), null, handle), "create host buffer");
            this.buffer = handle.get(0);
            VkMemoryRequirements requirements = VkMemoryRequirements.malloc(stack);
            vkGetBufferMemoryRequirements(device.handle(), buffer, requirements);
            int type = pickMemoryType(device, requirements.memoryTypeBits());
            this.coherent = (device.memoryFlags(type) & VK_MEMORY_PROPERTY_HOST_COHERENT_BIT) != 0;
            VkResults.check(vkAllocateMemory(device.handle(), VkMemoryAllocateInfo.calloc(stack).sType$Default()
                    .allocationSize(requirements.size()).memoryTypeIndex(type), null, handle), "allocate host memory");
            this.memory = handle.get(0);
            VkResults.check(vkBindBufferMemory(device.handle(), buffer, memory, 0), "bind host buffer memory");
            PointerBuffer pointer = stack.mallocPointer(1);
            VkResults.check(vkMapMemory(device.handle(), memory, 0, size, 0, pointer), "map host memory");
            this.mapped = MemoryUtil.memByteBuffer(pointer.get(0), (int) size);
        }
    }

    private static int pickMemoryType(VulkanDevice device, int typeBits) {
        int visible = VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT;
        try {
            return device.memoryType(typeBits, visible | VK_MEMORY_PROPERTY_HOST_CACHED_BIT);
        } catch (VulkanException noCachedMemory) {
            return device.memoryType(typeBits, visible | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT);
        }
    }

    long handle() {
        return buffer;
    }

    long size() {
        return size;
    }

    /** Copies {@code data} (from its position to its limit) to the start of the buffer for the device to read. */
    void write(java.nio.ByteBuffer data) {
        int n = data.remaining();
        if (n > size) {
            throw new IllegalArgumentException(n + " bytes do not fit a " + size + "-byte buffer");
        }
        MemoryUtil.memCopy(MemoryUtil.memAddress(data), MemoryUtil.memAddress(mapped), n);
        if (!coherent) {
            try (MemoryStack stack = stackPush()) {
                VkResults.check(vkFlushMappedMemoryRanges(device.handle(), VkMappedMemoryRange.calloc(stack)
                        .sType$Default().memory(memory).offset(0).size(VK_WHOLE_SIZE)), "flush host memory");
            }
        }
    }

    /** Copies the buffer's bytes out after the device wrote them. */
    byte[] read() {
        if (!coherent) {
            try (MemoryStack stack = stackPush()) {
                VkResults.check(vkInvalidateMappedMemoryRanges(device.handle(), VkMappedMemoryRange.calloc(stack)
                        .sType$Default().memory(memory).offset(0).size(VK_WHOLE_SIZE)), "invalidate host memory");
            }
        }
        byte[] bytes = new byte[(int) size];
        mapped.get(0, bytes);
        return bytes;
    }

    @Override
    public void close() {
        vkUnmapMemory(device.handle(), memory);
        vkDestroyBuffer(device.handle(), buffer, null);
        vkFreeMemory(device.handle(), memory, null);
    }
}
