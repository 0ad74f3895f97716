package org.misibench.render.vulkan;

import static org.lwjgl.system.MemoryStack.stackPush;
import static org.lwjgl.vulkan.VK10.*;

import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.VK;
import org.lwjgl.vulkan.VK12;
import org.lwjgl.vulkan.VkApplicationInfo;
import org.lwjgl.vulkan.VkInstance;
import org.lwjgl.vulkan.VkInstanceCreateInfo;

/**
 * Owns the {@code VkInstance}. No surface or window extensions: all rendering is offscreen.
 * A missing loader or driver becomes a {@link RendererUnavailableException} that names the
 * packages to install.
 */
public final class VulkanInstance implements AutoCloseable {

    private final VkInstance handle;

    private VulkanInstance(VkInstance handle) {
        this.handle = handle;
    }

    /** Loads the system Vulkan loader and creates an instance for Vulkan 1.2. */
    public static VulkanInstance create() {
        try {
            VK.getFunctionProvider();
        } catch (UnsatisfiedLinkError | ExceptionInInitializerError | IllegalStateException e) {
            throw RendererUnavailableException.noLoader(e);
        }
        try (MemoryStack stack = stackPush()) {
            VkApplicationInfo app = VkApplicationInfo.calloc(stack).sType$Default()
                    .pApplicationName(stack.UTF8("misi-bench-studio"))
                    .pEngineName(stack.UTF8("misi-render-vulkan"))
                    .apiVersion(VK12.VK_API_VERSION_1_2);
            VkInstanceCreateInfo info = VkInstanceCreateInfo.calloc(stack).sType$Default().pApplicationInfo(app);
            PointerBuffer pInstance = stack.mallocPointer(1);
            int result = vkCreateInstance(info, null, pInstance);
            if (result == VK_ERROR_INCOMPATIBLE_DRIVER || result == VK_ERROR_INITIALIZATION_FAILED) {
                throw RendererUnavailableException.noDriver(result);
            }
            VkResults.check(result, "create Vulkan instance");
            return new VulkanInstance(new VkInstance(pInstance.get(0), info));
        }
    }

    VkInstance handle() {
        return handle;
    }

    @Override
    public void close() {
        vkDestroyInstance(handle, null);
    }
}
