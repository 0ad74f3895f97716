package org.misibench.render.vulkan;

import java.util.Arrays;

/**
 * A rendered image as tightly packed 8-bit RGBA rows, top row first. The raw form every caller
 * gets before any encoding, so tests can read pixels and encoders can choose their format.
 */
public final class RgbaImage {

    private final int width;
    private final int height;
    private final byte[] rgba;

    public RgbaImage(int width, int height, byte[] rgba) {
        if (width <= 0 || height <= 0 || rgba.length != width * height * 4) {
            throw new IllegalArgumentException("expected " + width + "x" + height + "x4 bytes, got " + rgba.length);
        }
        this.width = width;
        this.height = height;
        this.rgba = rgba;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixel at column {@code x}, row {@code y} (0 = top) as {@code 0xRRGGBBAA}. */
    public int rgbaAt(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("pixel (" + x + ", " + y + ") outside " + width + "x" + height);
        }
        int i = (y * width + x) * 4;
        return (rgba[i] & 0xFF) << 24 | (rgba[i + 1] & 0xFF) << 16 | (rgba[i + 2] & 0xFF) << 8 | (rgba[i + 3] & 0xFF);
    }

    /** A copy of the raw bytes. */
    public byte[] toByteArray() {
        return rgba.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RgbaImage other && width == other.width && height == other.height
                && Arrays.equals(rgba, other.rgba);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(rgba);
    }

    @Override
    public String toString() {
        return "RgbaImage[" + width + "x" + height + "]";
    }
}
