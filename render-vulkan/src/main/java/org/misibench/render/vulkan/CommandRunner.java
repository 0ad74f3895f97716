package org.misibench.render.vulkan;

import static org.lwjgl.system.MemoryStack.stackPush;
import static org.lwjgl.vulkan.VK10.*;

import java.nio.LongBuffer;
import java.util.function.Consumer;
import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.VkCommandBuffer;
import org.lwjgl.vulkan.VkCommandBufferAllocateInfo;
import org.lwjgl.vulkan.VkCommandBufferBeginInfo;
import org.lwjgl.vulkan.VkCommandPoolCreateInfo;
import org.lwjgl.vulkan.VkFenceCreateInfo;
import org.lwjgl.vulkan.VkSubmitInfo;

/**
 * Owns a command pool, one primary command buffer and a fence: records a batch of commands,
 * submits it and waits for it. One per thread (pools and queues are externally synchronised).
 */
final class CommandRunner implements AutoCloseable {

    private static final long NO_TIMEOUT = -1L;

    private final VulkanDevice device;
    private final long pool;
    private final VkCommandBuffer buffer;
    private final long fence;

    CommandRunner(VulkanDevice device) {
        this.device = device;
        try (MemoryStack stack = stackPush()) {
            LongBuffer handle = stack.mallocLong(1);
            // the pool is reset as a whole before each recording: cheaper than per-buffer reset
            VkResults.check(vkCreateCommandPool(device.handle(), VkCommandPoolCreateInfo.calloc(stack).sType$Default()
                    .flags(VK_COMMAND_POOL_CREATE_TRANSIENT_BIT)
                    .queueFamilyIndex(device.queueFamily()), null, handle), "create command pool");
            this.pool = handle.get(0);
            PointerBuffer pBuffer = stack.mallocPointer(1);
            VkResults.check(vkAllocateCommandBuffers(device.handle(), VkCommandBufferAllocateInfo.calloc(stack)
                    .sType$Default().commandPool(pool).level(VK_COMMAND_BUFFER_LEVEL_PRIMARY)
                    .commandBufferCount(1), pBuffer), "allocate command buffer");
            this.buffer = new VkCommandBuffer(pBuffer.get(0), device.handle());
            VkResults.check(vkCreateFence(device.handle(), VkFenceCreateInfo.calloc(stack).sType$Default(), null, handle),
                    "create fence");
            this.fence = handle.get(0);
        }
    }

    /** Records the commands {@code recorder} adds, submits them and blocks until the GPU is done. */
    void runAndWait(Consumer<VkCommandBuffer> recorder) {
        try (MemoryStack stack = stackPush()) {
            VkResults.check(vkResetCommandPool(device.handle(), pool, 0), "reset command pool");
            VkResults.check(vkBeginCommandBuffer(buffer, VkCommandBufferBeginInfo.calloc(stack).sType$Default()
                    .flags(VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT)), "begin command buffer");
            recorder.accept(buffer);
            VkResults.check(vkEndCommandBuffer(buffer), "end command buffer");
            VkSubmitInfo submit = VkSubmitInfo.calloc(stack).sType$Default().pCommandBuffers(stack.pointers(buffer));
            VkResults.check(vkResetFences(device.handle(), fence), "reset fence");
            VkResults.check(vkQueueSubmit(device.queue(), submit, fence), "submit commands");
            VkResults.check(vkWaitForFences(device.handle(), fence, true, NO_TIMEOUT), "wait for commands");
        }
    }

    @Override
    public void close() {
        vkDestroyFence(device.handle(), fence, null);
        vkDestroyCommandPool(device.handle(), pool, null);
    }
}
