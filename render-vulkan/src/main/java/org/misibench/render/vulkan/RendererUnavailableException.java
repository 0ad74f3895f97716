package org.misibench.render.vulkan;

/**
 * No Vulkan device can be used on this machine: the loader or a driver is missing, or no device
 * matches the requested preference. The message says what to install or what was found.
 */
public final class RendererUnavailableException extends VulkanException {

    private static final long serialVersionUID = 1L;

    /** The Debian packages that give a machine without a GPU a working Vulkan (lavapipe). */
    public static final String DEBIAN_PACKAGES = "libvulkan1 mesa-vulkan-drivers";

    public RendererUnavailableException(String message) {
        super(message, 0);
    }

    public RendererUnavailableException(String message, int result) {
        super(message, result);
    }

    static RendererUnavailableException noLoader(Throwable cause) {
        RendererUnavailableException e = new RendererUnavailableException(
                "no Vulkan loader (libvulkan.so.1) on this machine: install the packages "
                        + DEBIAN_PACKAGES + " (apt-get install -y " + DEBIAN_PACKAGES + ")");
        e.initCause(cause);
        return e;
    }

    static RendererUnavailableException noDriver(int result) {
        return new RendererUnavailableException(
                "the Vulkan loader found no driver (" + VkResults.name(result) + "): install the packages "
                        + DEBIAN_PACKAGES + " for the CPU driver (lavapipe), or a GPU driver", result);
    }
}
