package org.misibench.render.camera;

/** An axis of the screen (camera) frame: x right, y up, z toward the viewer. */
public enum ScreenAxis {
    X, Y, Z;

    /** Parses {@code x}, {@code y} or {@code z} in any case. */
    public static ScreenAxis parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
