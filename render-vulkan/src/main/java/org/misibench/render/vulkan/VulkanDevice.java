package org.misibench.render.vulkan;

import static org.lwjgl.system.MemoryStack.stackPush;
import static org.lwjgl.vulkan.VK10.*;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.VK11;
import org.lwjgl.vulkan.VkDevice;
import org.lwjgl.vulkan.VkDeviceCreateInfo;
import org.lwjgl.vulkan.VkDeviceQueueCreateInfo;
import org.lwjgl.vulkan.VkPhysicalDevice;
import org.lwjgl.vulkan.VkPhysicalDeviceDriverProperties;
import org.lwjgl.vulkan.VkPhysicalDeviceMemoryProperties;
import org.lwjgl.vulkan.VkPhysicalDeviceProperties;
import org.lwjgl.vulkan.VkPhysicalDeviceProperties2;
import org.lwjgl.vulkan.VkQueue;
import org.lwjgl.vulkan.VkQueueFamilyProperties;

/**
 * Owns the logical device and its graphics queue, on the physical device chosen by a
 * {@link DevicePreference}. The device enumeration order is not relied on (Mesa's device-select
 * layer may reorder it): candidates are ranked explicitly.
 */
public final class VulkanDevice implements AutoCloseable {

    private final VkPhysicalDevice physical;
    private final VkDevice device;
    private final VkQueue queue;
    private final int queueFamily;
    private final DeviceInfo info;
    private final VkPhysicalDeviceMemoryProperties memoryProperties;

    private VulkanDevice(Candidate chosen) {
        this.physical = chosen.physical;
        this.queueFamily = chosen.graphicsQueueFamily;
        this.info = chosen.info;
        try (MemoryStack stack = stackPush()) {
            VkDeviceQueueCreateInfo.Buffer queues = VkDeviceQueueCreateInfo.calloc(1, stack).sType$Default()
                    .queueFamilyIndex(queueFamily).pQueuePriorities(stack.floats(1f));
            VkDeviceCreateInfo create = VkDeviceCreateInfo.calloc(stack).sType$Default().pQueueCreateInfos(queues);
            PointerBuffer pDevice = stack.mallocPointer(1);
            VkResults.check(vkCreateDevice(physical, create, null, pDevice), "create logical device on " + info.name());
            this.device = new VkDevice(pDevice.get(0), physical, create);
            PointerBuffer pQueue = stack.mallocPointer(1);
            vkGetDeviceQueue(device, queueFamily, 0, pQueue);
            this.queue = new VkQueue(pQueue.get(0), device);
        }
        this.memoryProperties = VkPhysicalDeviceMemoryProperties.malloc();
        vkGetPhysicalDeviceMemoryProperties(physical, memoryProperties);
    }

    /** Opens the device that best matches {@code preference}, or explains which devices exist. */
    public static VulkanDevice open(VulkanInstance instance, DevicePreference preference) {
        List<Candidate> candidates = enumerate(instance);
        if (candidates.isEmpty()) {
            throw new RendererUnavailableException("Vulkan reports no device with a graphics queue: install "
                    + RendererUnavailableException.DEBIAN_PACKAGES + " for the CPU driver (lavapipe), or a GPU driver");
        }
        Candidate chosen = candidates.stream()
                .filter(c -> c.matches(preference))
                .min(Comparator.comparingInt(Candidate::rank).thenComparing(c -> c.info.name()))
                .orElseThrow(() -> new RendererUnavailableException("no Vulkan device matches '" + preference
                        + "'; available: " + candidates.stream().map(c -> c.info.toString()).toList()));
        return new VulkanDevice(chosen);
    }

    private static List<Candidate> enumerate(VulkanInstance instance) {
        List<Candidate> result = new ArrayList<>();
        try (MemoryStack stack = stackPush()) {
            IntBuffer count = stack.mallocInt(1);
            VkResults.check(vkEnumeratePhysicalDevices(instance.handle(), count, null), "count physical devices");
            PointerBuffer handles = stack.mallocPointer(count.get(0));
            VkResults.check(vkEnumeratePhysicalDevices(instance.handle(), count, handles), "list physical devices");
            for (int i = 0; i < handles.capacity(); i++) {
                VkPhysicalDevice physical = new VkPhysicalDevice(handles.get(i), instance.handle());
                int family = graphicsQueueFamily(physical, stack);
                if (family >= 0) {
                    result.add(new Candidate(physical, family, describe(physical, stack)));
                }
            }
        }
        return result;
    }

    private static int graphicsQueueFamily(VkPhysicalDevice physical, MemoryStack stack) {
        IntBuffer count = stack.mallocInt(1);
        vkGetPhysicalDeviceQueueFamilyProperties(physical, count, null);
        VkQueueFamilyProperties.Buffer families = VkQueueFamilyProperties.malloc(count.get(0), stack);
        vkGetPhysicalDeviceQueueFamilyProperties(physical, count, families);
        for (int i = 0; i < families.capacity(); i++) {
            if ((families.get(i).queueFlags() & VK_QUEUE_GRAPHICS_BIT) != 0) {
                return i;
            }
        }
        return -1;
    }

    private static DeviceInfo describe(VkPhysicalDevice physical, MemoryStack stack) {
        VkPhysicalDeviceProperties props = VkPhysicalDeviceProperties.malloc(stack);
        vkGetPhysicalDeviceProperties(physical, props);
        int api = props.apiVersion();
        String driver = Integer.toUnsignedString(props.driverVersion());
        if (VK_API_VERSION_MAJOR(api) > 1 || VK_API_VERSION_MINOR(api) >= 2) {
            // Vulkan 1.2 drivers describe themselves in words ("Mesa 22.3.6 (LLVM 15.0.6)"),
            // which is what provenance records need; the packed driverVersion is vendor-specific.
            VkPhysicalDeviceDriverProperties driverProps = VkPhysicalDeviceDriverProperties.calloc(stack).sType$Default();
            VkPhysicalDeviceProperties2 props2 = VkPhysicalDeviceProperties2.calloc(stack).sType$Default()
                    .pNext(driverProps.address());
            VK11.vkGetPhysicalDeviceProperties2(physical, props2);
            driver = driverProps.driverNameString() + " " + driverProps.driverInfoString();
        }
        return new DeviceInfo(props.deviceNameString(), typeName(props.deviceType()), driver.trim(),
                VK_API_VERSION_MAJOR(api) + "." + VK_API_VERSION_MINOR(api) + "." + VK_API_VERSION_PATCH(api));
    }

    private static String typeName(int deviceType) {
        return switch (deviceType) {
            case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU -> "discrete-gpu";
            case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU -> "integrated-gpu";
            case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU -> "virtual-gpu";
            case VK_PHYSICAL_DEVICE_TYPE_CPU -> "cpu";
            default -> "other";
        };
    }

    /** Index of a memory type allowed by {@code typeBits} that has all {@code required} flags. */
    int memoryType(int typeBits, int required) {
        for (int i = 0; i < memoryProperties.memoryTypeCount(); i++) {
            if ((typeBits & (1 << i)) != 0 && (memoryProperties.memoryTypes(i).propertyFlags() & required) == required) {
                return i;
            }
        }
        throw new VulkanException("no memory type with flags 0x" + Integer.toHexString(required) + " on " + info.name(), 0);
    }

    /** Property flags of memory type {@code index}. */
    int memoryFlags(int index) {
        return memoryProperties.memoryTypes(index).propertyFlags();
    }

    public DeviceInfo info() {
        return info;
    }

    VkDevice handle() {
        return device;
    }

    VkQueue queue() {
        return queue;
    }

    int queueFamily() {
        return queueFamily;
    }

    @Override
    public void close() {
        vkDeviceWaitIdle(device);
        vkDestroyDevice(device, null);
        memoryProperties.free();
    }

    /** A physical device with a graphics queue, and how well it fits a preference. */
    private record Candidate(VkPhysicalDevice physical, int graphicsQueueFamily, DeviceInfo info) {

        boolean matches(DevicePreference preference) {
            return switch (preference.kind()) {
                case AUTO -> true;
                case CPU -> info.isCpu();
                case GPU -> info.type().endsWith("gpu");
                case NAME -> info.name().toLowerCase(Locale.ROOT)
                        .contains(preference.nameFragment().toLowerCase(Locale.ROOT));
            };
        }

        /** Lower is better: real GPUs first, the CPU driver last. */
        int rank() {
            return switch (info.type()) {
                case "discrete-gpu" -> 0;
                case "integrated-gpu" -> 1;
                case "virtual-gpu" -> 2;
                case "cpu" -> 3;
                default -> 4;
            };
        }
    }
}
