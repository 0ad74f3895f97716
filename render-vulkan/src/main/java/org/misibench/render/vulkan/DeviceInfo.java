package org.misibench.render.vulkan;

/**
 * What a rendered image was drawn on, recorded as provenance: images are only byte-identical
 * on the same device and driver.
 */
public record DeviceInfo(String name, String type, String driverVersion, String apiVersion) {

    /** True for CPU implementations such as Mesa's lavapipe (llvmpipe). */
    public boolean isCpu() {
        return "cpu".equals(type);
    }

    @Override
    public String toString() {
        return name + " (" + type + ", Vulkan " + apiVersion + ", driver " + driverVersion + ")";
    }
}
