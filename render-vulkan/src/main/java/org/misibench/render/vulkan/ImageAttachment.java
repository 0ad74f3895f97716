package org.misibench.render.vulkan;

import static org.lwjgl.system.MemoryStack.stackPush;
import static org.lwjgl.vulkan.VK10.*;

import java.nio.LongBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.VkImageCreateInfo;
import org.lwjgl.vulkan.VkImageViewCreateInfo;
import org.lwjgl.vulkan.VkMemoryAllocateInfo;
import org.lwjgl.vulkan.VkMemoryRequirements;

/** Owns an image in device memory with its view: a colour, depth or resolve attachment. */
final class ImageAttachment implements AutoCloseable {

    private final VulkanDevice device;
    private final long image;
    private final long memory;
    private final long view;

    ImageAttachment(VulkanDevice device, int width, int height, int format, int samples, int usage, int aspect, String what) {
        this.device = device;
        try (MemoryStack stack = stackPush()) {
            LongBuffer handle = stack.mallocLong(1);
            VkImageCreateInfo info = VkImageCreateInfo.calloc(stack).sType$Default()
                    .imageType(VK_IMAGE_TYPE_2D).format(format).mipLevels(1).arrayLayers(1)
                    .samples(samples).tiling(VK_IMAGE_TILING_OPTIMAL).usage(usage)
                    .sharingMode(VK_SHARING_MODE_EXCLUSIVE).initialLayout(VK_IMAGE_LAYOUT_UNDEFINED);
            info.extent().set(width, height, 1);
            VkResults.check(vkCreateImage(device.handle(), info, null, handle), "create " + what + " image");
            this.image = handle.get(0);
            VkMemoryRequirements requirements = VkMemoryRequirements.malloc(stack);
            vkGetImageMemoryRequirements(device.handle(), image, requirements);
            VkResults.check(vkAllocateMemory(device.handle(), VkMemoryAllocateInfo.calloc(stack).sType$Default()
                    .allocationSize(requirements.size())
                    .memoryTypeIndex(device.memoryType(requirements.memoryTypeBits(), VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT)),
                    null, handle), "allocate " + what + " memory");
            this.memory = handle.get(0);
            VkResults.check(vkBindImageMemory(device.handle(), image, memory, 0), "bind " + what + " memory");
            VkImageViewCreateInfo viewInfo = VkImageViewCreateInfo.calloc(stack).sType$Default()
                    .image(image).viewType(VK_IMAGE_VIEW_TYPE_2D).format(format);
            viewInfo.subresourceRange().aspectMask(aspect).levelCount(1).layerCount(1);
            VkResults.check(vkCreateImageView(device.handle(), viewInfo, null, handle), "create " + what + " view");
            this.view = handle.get(0);
        }
    }

    long image() {
        return image;
    }

    long view() {
        return view;
    }

    @Override
    public void close() {
        vkDestroyImageView(device.handle(), view, null);
        vkDestroyImage(device.handle(), image, null);
        vkFreeMemory(device.handle(), memory, null);
    }
}
