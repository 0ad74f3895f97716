package org.misibench.render.vulkan;

/** A Vulkan call failed; the message names the operation and the {@code VkResult}. */
public class VulkanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int result;

    public VulkanException(String message, int result) {
        super(message);
        this.result = result;
    }

    /** The raw {@code VkResult} code, 0 when the failure did not come from a Vulkan call. */
    public int result() {
        return result;
    }
}
