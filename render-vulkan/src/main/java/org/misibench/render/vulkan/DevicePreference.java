package org.misibench.render.vulkan;

import java.util.Locale;

/**
 * Which Vulkan device to render on: {@code auto} (the first discrete or integrated GPU, else the
 * CPU driver), {@code gpu} (a GPU or fail), {@code cpu} (lavapipe or another CPU driver), or any
 * other text, matched case-insensitively against the device name.
 */
public record DevicePreference(Kind kind, String nameFragment) {

    public enum Kind { AUTO, GPU, CPU, NAME }

    public static final DevicePreference AUTO = new DevicePreference(Kind.AUTO, "");

    public DevicePreference {
        if (kind == Kind.NAME && (nameFragment == null || nameFragment.isBlank())) {
            throw new IllegalArgumentException("a device name preference needs a name");
        }
    }

    /** Parses the command-line form: {@code auto}, {@code gpu}, {@code cpu} or a device name. */
    public static DevicePreference parse(String text) {
        String t = text == null ? "" : text.trim();
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "", "auto" -> AUTO;
            case "gpu" -> new DevicePreference(Kind.GPU, "");
            case "cpu" -> new DevicePreference(Kind.CPU, "");
            default -> new DevicePreference(Kind.NAME, t);
        };
    }

    @Override
    public String toString() {
        return kind == Kind.NAME ? nameFragment : kind.name().toLowerCase(Locale.ROOT);
    }
}
