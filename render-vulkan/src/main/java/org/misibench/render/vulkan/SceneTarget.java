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
 * Owns what one frame renders into: a colour and a depth attachment with {@code samples}
 * samples per pixel, a single-sample resolve image when multisampling, the render pass and
 * framebuffer over them, and the host buffer the finished image is copied into. Made once per
 * (size, samples) and reused for every frame.
 */
final class SceneTarget implements AutoCloseable {

    static final int COLOUR_FORMAT = VK_FORMAT_R8G8B8A8_UNORM;
    static final int DEPTH_FORMAT = VK_FORMAT_D32_SFLOAT;

    private final VulkanDevice device;
    private final int width;
    private final int height;
    private final int samples;
    private final ImageAttachment colour;
    private final ImageAttachment depth;
    private final ImageAttachment resolve;
    private final long renderPass;
    private final long framebuffer;
    private final HostBuffer readback;

    SceneTarget(VulkanDevice device, int width, int height, int samples) {
        this.device = device;
        this.width = width;
        this.height = height;
        this.samples = samples;
        boolean multisampled = samples > 1;
        this.colour = new ImageAttachment(device, width, height, COLOUR_FORMAT, samples,
                VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | (multisampled ? 0 : VK_IMAGE_USAGE_TRANSFER_SRC_BIT),
                VK_IMAGE_ASPECT_COLOR_BIT, "scene colour");
        this.depth = new ImageAttachment(device, width, height, DEPTH_FORMAT, samples,
                VK_IMAGE_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT, VK_IMAGE_ASPECT_DEPTH_BIT, "scene depth");
        this.resolve = multisampled ? new ImageAttachment(device, width, height, COLOUR_FORMAT, VK_SAMPLE_COUNT_1_BIT,
                VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_TRANSFER_SRC_BIT, VK_IMAGE_ASPECT_COLOR_BIT,
                "scene resolve") : null;
        try (MemoryStack stack = stackPush()) {
            this.renderPass = createRenderPass(stack);
            LongBuffer views = multisampled ? stack.longs(colour.view(), depth.view(), resolve.view())
                    : stack.longs(colour.view(), depth.view());
            LongBuffer handle = stack.mallocLong(1);
            VkResults.check(vkCreateFramebuffer(device.handle(), VkFramebufferCreateInfo.calloc(stack).sType$Default()
                    .renderPass(renderPass).pAttachments(views).width(width).height(height).layers(1), null, handle),
                    "create scene framebuffer");
            this.framebuffer = handle.get(0);
        }
        this.readback = new HostBuffer(device, (long) width * height * 4, VK_BUFFER_USAGE_TRANSFER_DST_BIT);
    }

    private long createRenderPass(MemoryStack stack) {
        boolean multisampled = samples > 1;
        VkAttachmentDescription.Buffer attachments = VkAttachmentDescription.calloc(multisampled ? 3 : 2, stack);
        attachments.get(0).format(COLOUR_FORMAT).samples(samples)
                .loadOp(VK_ATTACHMENT_LOAD_OP_CLEAR)
                .storeOp(multisampled ? VK_ATTACHMENT_STORE_OP_DONT_CARE : VK_ATTACHMENT_STORE_OP_STORE)
                .stencilLoadOp(VK_ATTACHMENT_LOAD_OP_DONT_CARE).stencilStoreOp(VK_ATTACHMENT_STORE_OP_DONT_CARE)
                .initialLayout(VK_IMAGE_LAYOUT_UNDEFINED)
                .finalLayout(multisampled ? VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL : VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL);
        attachments.get(1).format(DEPTH_FORMAT).samples(samples)
                .loadOp(VK_ATTACHMENT_LOAD_OP_CLEAR).storeOp(VK_ATTACHMENT_STORE_OP_DONT_CARE)
                .stencilLoadOp(VK_ATTACHMENT_LOAD_OP_DONT_CARE).stencilStoreOp(VK_ATTACHMENT_STORE_OP_DONT_CARE)
                .initialLayout(VK_IMAGE_LAYOUT_UNDEFINED).finalLayout(VK_IMAGE_LAYOUT_DEPTH_STENCIL_ATTACHMENT_OPTIMAL);
        if (multisampled) {
            attachments.get(2).format(COLOUR_FORMAT).samples(VK_SAMPLE_COUNT_1_BIT)
                    .loadOp(VK_ATTACHMENT_LOAD_OP_DONT_CARE).storeOp(VK_ATTACHMENT_STORE_OP_STORE)
                    .stencilLoadOp(VK_ATTACHMENT_LOAD_OP_DONT_CARE).stencilStoreOp(VK_ATTACHMENT_STORE_OP_DONT_CARE)
                    .initialLayout(VK_IMAGE_LAYOUT_UNDEFINED).finalLayout(VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL);
        }
        VkAttachmentReference.Buffer colourRef = VkAttachmentReference.calloc(1, stack)
                .attachment(0).layout(VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL);
        VkAttachmentReference depthRef = VkAttachmentReference.calloc(stack)
                .attachment(1).layout(VK_IMAGE_LAYOUT_DEPTH_STENCIL_ATTACHMENT_OPTIMAL);
        VkSubpassDescription.Buffer subpass = VkSubpassDescription.calloc(1, stack)
                .pipelineBindPoint(VK_PIPELINE_BIND_POINT_GRAPHICS).colorAttachmentCount(1)
                .pColorAttachments(colourRef).pDepthStencilAttachment(depthRef);
        if (multisampled) {
            subpass.pResolveAttachments(VkAttachmentReference.calloc(1, stack)
                    .attachment(2).layout(VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL));
        }
        int attachmentStages = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT | VK_PIPELINE_STAGE_EARLY_FRAGMENT_TESTS_BIT
                | VK_PIPELINE_STAGE_LATE_FRAGMENT_TESTS_BIT;
        VkSubpassDependency.Buffer dependencies = VkSubpassDependency.calloc(2, stack);
        dependencies.get(0).srcSubpass(VK_SUBPASS_EXTERNAL).dstSubpass(0)
                .srcStageMask(VK_PIPELINE_STAGE_TRANSFER_BIT).dstStageMask(attachmentStages)
                .srcAccessMask(VK_ACCESS_TRANSFER_READ_BIT)
                .dstAccessMask(VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT | VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_WRITE_BIT);
        dependencies.get(1).srcSubpass(0).dstSubpass(VK_SUBPASS_EXTERNAL)
                .srcStageMask(VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT).dstStageMask(VK_PIPELINE_STAGE_TRANSFER_BIT)
                .srcAccessMask(VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT).dstAccessMask(VK_ACCESS_TRANSFER_READ_BIT);
        LongBuffer handle = stack.mallocLong(1);
        VkResults.check(vkCreateRenderPass(device.handle(), VkRenderPassCreateInfo.calloc(stack).sType$Default()
                .pAttachments(attachments).pSubpasses(subpass).pDependencies(dependencies), null, handle),
                "create scene render pass");
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

    int samples() {
        return samples;
    }

    void begin(VkCommandBuffer commands, float[] clearRgba) {
        try (MemoryStack stack = stackPush()) {
            VkClearValue.Buffer clear = VkClearValue.calloc(samples > 1 ? 3 : 2, stack);
            clear.get(0).color().float32(0, clearRgba[0]).float32(1, clearRgba[1]).float32(2, clearRgba[2])
                    .float32(3, clearRgba[3]);
            clear.get(1).depthStencil().depth(1f).stencil(0);
            VkRenderPassBeginInfo begin = VkRenderPassBeginInfo.calloc(stack).sType$Default()
                    .renderPass(renderPass).framebuffer(framebuffer).pClearValues(clear);
            begin.renderArea().extent().set(width, height);
            vkCmdBeginRenderPass(commands, begin, VK_SUBPASS_CONTENTS_INLINE);
        }
    }

    void endAndCopyOut(VkCommandBuffer commands) {
        vkCmdEndRenderPass(commands);
        try (MemoryStack stack = stackPush()) {
            VkBufferImageCopy.Buffer region = VkBufferImageCopy.calloc(1, stack).bufferOffset(0)
                    .bufferRowLength(0).bufferImageHeight(0);
            region.get(0).imageSubresource().aspectMask(VK_IMAGE_ASPECT_COLOR_BIT).layerCount(1);
            region.get(0).imageExtent().set(width, height, 1);
            long source = samples > 1 ? resolve.image() : colour.image();
            vkCmdCopyImageToBuffer(commands, source, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, readback.handle(), region);
        }
    }

    /** The pixels of the last finished frame, as rendered (alpha included). */
    RgbaImage read() {
        return new RgbaImage(width, height, readback.read());
    }

    /**
     * The pixels of the last finished frame with alpha set to opaque: alpha-to-coverage leaves
     * coverage in the alpha channel, and scene images are opaque.
     */
    byte[] readOpaque() {
        byte[] pixels = readback.read();
        for (int i = 3; i < pixels.length; i += 4) {
            pixels[i] = (byte) 0xFF;
        }
        return pixels;
    }

    @Override
    public void close() {
        readback.close();
        vkDestroyFramebuffer(device.handle(), framebuffer, null);
        vkDestroyRenderPass(device.handle(), renderPass, null);
        if (resolve != null) {
            resolve.close();
        }
        depth.close();
        colour.close();
    }
}
