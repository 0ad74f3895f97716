package org.misibench.render.vulkan;

import java.util.Objects;

/**
 * Owns what every renderer needs first: the instance, the chosen device and a command runner,
 * made in that order and closed in the reverse one. A failure half-way frees what was made.
 */
final class VulkanContext implements AutoCloseable {

    private final VulkanInstance instance;
    private final VulkanDevice device;
    private final CommandRunner commands;

    private VulkanContext(VulkanInstance instance, VulkanDevice device, CommandRunner commands) {
        this.instance = instance;
        this.device = device;
        this.commands = commands;
    }

    static VulkanContext open(DevicePreference preference) {
        Objects.requireNonNull(preference, "preference");
        VulkanInstance instance = VulkanInstance.create();
        VulkanDevice device = null;
        try {
            device = VulkanDevice.open(instance, preference);
            return new VulkanContext(instance, device, new CommandRunner(device));
        } catch (RuntimeException e) {
            if (device != null) {
                device.close();
            }
            instance.close();
            throw e;
        }
    }

    VulkanDevice device() {
        return device;
    }

    CommandRunner commands() {
        return commands;
    }

    @Override
    public void close() {
        commands.close();
        device.close();
        instance.close();
    }
}
