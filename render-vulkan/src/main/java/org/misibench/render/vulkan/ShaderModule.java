package org.misibench.render.vulkan;

import static org.lwjgl.system.MemoryStack.stackPush;
import static org.lwjgl.vulkan.VK10.*;

import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;
import org.lwjgl.vulkan.VkShaderModuleCreateInfo;

/** Owns a shader module; pipelines create them, build, and close them at once. */
final class ShaderModule implements AutoCloseable {

    private final VulkanDevice device;
    private final long handle;

    ShaderModule(VulkanDevice device, String name) {
        this.device = device;
        byte[] spirv = ShaderCompiler.spirv(name);
        ByteBuffer code = MemoryUtil.memAlloc(spirv.length);
        try (MemoryStack stack = stackPush()) {
            code.put(spirv).flip();
            LongBuffer pHandle = stack.mallocLong(1);
            VkResults.check(vkCreateShaderModule(device.handle(), VkShaderModuleCreateInfo.calloc(stack).sType$Default()
                    .pCode(code), null, pHandle), "create shader module " + name);
            this.handle = pHandle.get(0);
        } finally {
            MemoryUtil.memFree(code);
        }
    }

    long handle() {
        return handle;
    }

    @Override
    public void close() {
        vkDestroyShaderModule(device.handle(), handle, null);
    }
}
