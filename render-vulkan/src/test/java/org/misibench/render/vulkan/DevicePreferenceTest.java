package org.misibench.render.vulkan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DevicePreferenceTest {

    @Test
    void parsesTheCommandLineWords() {
        assertEquals(DevicePreference.Kind.AUTO, DevicePreference.parse(null).kind());
        assertEquals(DevicePreference.Kind.AUTO, DevicePreference.parse(" auto ").kind());
        assertEquals(DevicePreference.Kind.GPU, DevicePreference.parse("GPU").kind());
        assertEquals(DevicePreference.Kind.CPU, DevicePreference.parse("cpu").kind());
    }

    @Test
    void anyOtherWordIsADeviceName() {
        DevicePreference p = DevicePreference.parse("llvmpipe");
        assertEquals(DevicePreference.Kind.NAME, p.kind());
        assertEquals("llvmpipe", p.nameFragment());
        assertEquals("llvmpipe", p.toString());
    }

    @Test
    void aNamePreferenceNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> new DevicePreference(DevicePreference.Kind.NAME, " "));
    }

    @Test
    void anUnmatchedNameListsTheDevicesThatExist() {
        try (VulkanInstance instance = VulkanInstance.create()) {
            RendererUnavailableException e = assertThrows(RendererUnavailableException.class,
                    () -> VulkanDevice.open(instance, DevicePreference.parse("no-such-device-xyz")));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("no Vulkan device matches 'no-such-device-xyz'"),
                    e.getMessage());
        }
    }
}
