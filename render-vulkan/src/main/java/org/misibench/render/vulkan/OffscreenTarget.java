package org.misibench.render.vulkan;

import static org.lwjgl.system.MemoryStack.stackPush;
import static org.lwjgl.vulkan.VK10.*;

import java.nio.LongBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.VkAttachmentDescription;
import org.lwjgl.vulkan.VkAttachmentReference;
import org.lwjgl.vulkan.VkBufferImageCopy;
import org.lwjgl.vulkan.VkClearValue;
import org.lwjgl.vulkan.VkCommandBuffer;
import org.lwjgl.vulkan.VkFramebufferCreateInfo;
import org.lwjgl.vulkan.VkRenderPassBeginInfo;
import org.lwjgl.vulkan.VkRenderPassCreateInfo;
import org.lwjgl.vulkan.VkSubpassDependency;
import org.lwjgl.vulkan.VkSubpassDescription;

/**
 * Owns an offscreen RGBA colour image with its render pass, framebuffer and a host buffer the
 * finished image is copied into. Created once per image size and reused for every frame.
 */
final class OffscreenTarget implements AutoCloseable {

    static final int FORMAT = VK_FORMAT_R8G8B8A8_UNORM;

    private final VulkanDevice device;
    private final int width;
    private final int height;
    private final ImageAttachment colour;
    private final long renderPass;
    private final long framebuffer;
    private final HostBuffer readback;

    OffscreenTarget(VulkanDevice device, int width, int height) {
        this.device = device;
        this.width = width;
        this.height = height;
        this.colour = new ImageAttachment(device, width, height, FORMAT, VK_SAMPLE_COUNT_1_BIT,
                VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_TRANSFER_SRC_BIT, VK_IMAGE_ASPECT_COLOR_BIT, "offscreen");
        try (MemoryStack stack = stackPush()) {
            LongBuffer handle = stack.mallocLong(1);
            this.renderPass = createRenderPass(stack);
            VkResults.check(vkCreateFramebuffer(device.handle(), VkFramebufferCreateInfo.calloc(stack).sType$Default()
                    .renderPass(renderPass).pAttachments(stack.longs(colour.view())).width(width).height(height).layers(1),
                    null, handle), "create framebuffer");
            this.framebuffer = handle.get(0);
        }
        this.readback = new HostBuffer(device, (long) width * height * 4, VK_BUFFER_USAGE_TRANSFER_DST_BIT);
    }

    private long createRenderPass(MemoryStack stack) {
        VkAttachmentDescription.Buffer color = VkAttachmentDescription.calloc(1, stack)
                .format(FORMAT).samples(VK_SAMPLE_COUNT_1_BIT)
                .loadOp(VK_ATTACHMENT_LOAD_OP_CLEAR).storeOp(VK_ATTACHMENT_STORE_OP_STORE)
                .stencilLoadOp(VK_ATTACHMENT_LOAD_OP_DONT_CARE).stencilStoreOp(VK_ATTACHMENT_STORE_OP_DONT_CARE)
                .initialLayout(VK_IMAGE_LAYOUT_UNDEFINED)
                // the pass leaves the image ready to be copied out
                .finalLayout(VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL);
        VkAttachmentReference.Buffer colorRef = VkAttachmentReference.calloc(1, stack)
                .attachment(0).layout(VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL);
        VkSubpassDescription.Buffer subpass = VkSubpassDescription.calloc(1, stack)
                .pipelineBindPoint(VK_PIPELINE_BIND_POINT_GRAPHICS).colorAttachmentCount(1).pColorAttachments(colorRef);
        VkSubpassDependency.Buffer dependencies = VkSubpassDependency.calloc(2, stack);
        dependencies.get(0).srcSubpass(VK_SUBPASS_EXTERNAL).dstSubpass(0)
                .srcStageMask(VK_PIPELINE_STAGE_TRANSFER_BIT).dstStageMask(VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT)
                .srcAccessMask(VK_ACCESS_TRANSFER_READ_BIT).dstAccessMask(VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT);
        dependencies.get(1).srcSubpass(0).dstSubpass(VK_SUBPASS_EXTERNAL)
                .srcStageMask(VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT).dstStageMask(VK_PIPELINE_STAGE_TRANSFER_BIT)
                .srcAccessMask(VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT).dstAccessMask(VK_ACCESS_TRANSFER_READ_BIT);
        LongBuffer handle = stack.mallocLong(1);
        VkResults.check(vkCreateRenderPass(device.handle(), VkRenderPassCreateInfo.calloc(stack).sType$Default()
                .pAttachments(color).pSubpasses(subpass).pDependencies(dependencies), null, handle), "create render pass");
        return handle.get(0);
    }

    long renderPass() {
        return renderPass;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Begins the render pass, clearing to {@code clear} (RGBA in 0..1). */
    void begin(VkCommandBuffer commands, float[] clear) {
        try (MemoryStack stack = stackPush()) {
            VkClearValue.Buffer clearValue = VkClearValue.calloc(1, stack);
            clearValue.get(0).color().float32(0, clear[0]).float32(1, clear[1]).float32(2, clear[2]).float32(3, clear[3]);
            VkRenderPassBeginInfo begin = VkRenderPassBeginInfo.calloc(stack).sType$Default()
                    .renderPass(renderPass).framebuffer(framebuffer).pClearValues(clearValue);
            begin.renderArea().extent().set(width, height);
            vkCmdBeginRenderPass(commands, begin, VK_SUBPASS_CONTENTS_INLINE);
        }
    }

    /** Ends the render pass and copies the image into the readback buffer. */
    void endAndCopyOut(VkCommandBuffer commands) {
        vkCmdEndRenderPass(commands);
        try (MemoryStack stack = stackPush()) {
            VkBufferImageCopy.Buffer region = VkBufferImageCopy.calloc(1, stack).bufferOffset(0)
                    .bufferRowLength(0).bufferImageHeight(0); // 0 = tightly packed rows
            region.get(0).imageSubresource().aspectMask(VK_IMAGE_ASPECT_COLOR_BIT).layerCount(1);
            region.get(0).imageExtent().set(width, height, 1);
            vkCmdCopyImageToBuffer(commands, colour.image(), VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, readback.handle(), region);
        }
    }

    /** The pixels of the last finished frame. */
    RgbaImage read() {
        return new RgbaImage(width, height, readback.read());
    }

    @Override
    public void close() {
        readback.close();
        vkDestroyFramebuffer(device.handle(), framebuffer, null);
        vkDestroyRenderPass(device.handle(), renderPass, null);
        colour.close();
    }
}
