package org.misibench.render.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.misibench.render.vulkan.RgbaImage;

/**
 * Encodes an {@link RgbaImage} as a PNG by hand: IHDR, one or more IDAT, IEND and nothing else.
 *
 * <p>Why not {@code javax.imageio}: it took 13–40 ms per 512 × 512 image, as long as rendering, and
 * the generator writes hundreds of thousands of them. This encoder reuses its buffers and its
 * {@link Deflater} between images and lets the caller pick the deflate level and row filter
 * ({@link PngOptions}); see {@code bench/png-encoding.md} for the measurements.
 *
 * <p>Why no ancillary chunks (no time, gamma or text): the bytes then depend only on the pixels and
 * the options, so identical images give identical files and can be content-addressed. That holds
 * for one zlib build; a different zlib may deflate the same input to different (equally valid) bytes.
 *
 * <p>Images whose every alpha is 255 are written as 8-bit RGB (colour type 2), a quarter smaller
 * before compression; others as 8-bit RGBA (colour type 6), not premultiplied.
 *
 * <p>An instance is single-threaded: use one per thread ({@link PngWriterPool} does).
 */
public final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] IHDR = ascii("IHDR");
    private static final byte[] IDAT = ascii("IDAT");
    private static final byte[] IEND = ascii("IEND");
    private static final int COLOUR_RGB = 2;
    private static final int COLOUR_RGBA = 6;
    /** Largest IDAT payload; several chunks keep any single length field far from the 2^31 limit. */
    private static final int MAX_IDAT = 1 << 20;

    private final PngOptions options;
    private final Deflater deflater;
    private final ScanlineFilter filter;
    private final CRC32 crc = new CRC32();

    private byte[] packed = new byte[0];    // pixels in PNG order (RGB or RGBA), when they must be repacked
    private byte[] zeroRow = new byte[0];   // the "row above" the first row
    private byte[] filtered = new byte[0];  // filter type byte + filtered row, for every row
    private byte[] out = new byte[0];       // the PNG being built
    private int size;

    public PngEncoder(PngOptions options) {
        this.options = options;
        this.deflater = new Deflater(options.deflateLevel());
        this.filter = new ScanlineFilter(options.filter());
    }

    public PngEncoder() {
        this(PngOptions.defaults());
    }

    public PngOptions options() {
        return options;
    }

    /** The PNG file for {@code image}, as a new array. */
    public byte[] encode(RgbaImage image) {
        int width = image.width();
        int height = image.height();
        byte[] rgba = image.toByteArray();
        boolean opaque = isOpaque(rgba);
        int bpp = opaque ? 3 : 4;
        byte[] pixels = opaque ? packRgb(rgba) : rgba;
        int rowBytes = width * bpp;
        long filteredSize = (long) height * (rowBytes + 1);
        if (filteredSize > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("image too large for one PNG buffer: " + image);
        }

        if (zeroRow.length < rowBytes) {
            zeroRow = new byte[rowBytes];
        }
        if (filtered.length < filteredSize) {
            filtered = new byte[(int) filteredSize];
        }
        for (int y = 0; y < height; y++) {
            byte[] prev = y == 0 ? zeroRow : pixels;
            int prevOff = y == 0 ? 0 : (y - 1) * rowBytes;
            filter.filterRow(pixels, y * rowBytes, prev, prevOff, rowBytes, bpp, filtered, y * (rowBytes + 1));
        }

        size = 0;
        ensure(SIGNATURE.length + 25);
        System.arraycopy(SIGNATURE, 0, out, 0, SIGNATURE.length);
        size = SIGNATURE.length;
        writeIhdr(width, height, opaque ? COLOUR_RGB : COLOUR_RGBA);
        writeIdats((int) filteredSize);
        int iend = beginChunk(IEND);
        endChunk(iend);
        return Arrays.copyOf(out, size);
    }

    private static boolean isOpaque(byte[] rgba) {
        for (int i = 3; i < rgba.length; i += 4) {
            if (rgba[i] != (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }

    private byte[] packRgb(byte[] rgba) {
        int n = rgba.length / 4 * 3;
        if (packed.length < n) {
            packed = new byte[n];
        }
        for (int i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
            packed[j] = rgba[i];
            packed[j + 1] = rgba[i + 1];
            packed[j + 2] = rgba[i + 2];
        }
        return packed;
    }

    private void writeIhdr(int width, int height, int colourType) {
        int start = beginChunk(IHDR);
        ensure(13);
        putInt(width);
        putInt(height);
        out[size++] = 8;           // bit depth
        out[size++] = (byte) colourType;
        out[size++] = 0;           // compression: deflate
        out[size++] = 0;           // filter method: adaptive (per-row type byte)
        out[size++] = 0;           // no interlace
        endChunk(start);
    }

    /** Deflates the filtered rows into as many IDAT chunks as needed, each up to {@link #MAX_IDAT}. */
    private void writeIdats(int filteredSize) {
        deflater.reset();
        deflater.setInput(filtered, 0, filteredSize);
        deflater.finish();
        int chunk = beginChunk(IDAT);
        while (!deflater.finished()) {
            int used = size - (chunk + 8);
            if (used == MAX_IDAT) {
                endChunk(chunk);
                chunk = beginChunk(IDAT);
                used = 0;
            }
            int room = Math.min(MAX_IDAT - used, 64 * 1024);
            ensure(room + 12); // leave space for the CRC and the IEND that follow
            size += deflater.deflate(out, size, room);
        }
        endChunk(chunk);
    }

    /** Reserves the length field, writes the type and returns where the chunk starts. */
    private int beginChunk(byte[] type) {
        ensure(8);
        int start = size;
        size += 4;
        System.arraycopy(type, 0, out, size, 4);
        size += 4;
        return start;
    }

    /** Fills in the length of the chunk started at {@code start} and appends its CRC. */
    private void endChunk(int start) {
        int length = size - start - 8;
        putIntAt(start, length);
        crc.reset();
        crc.update(out, start + 4, length + 4);
        ensure(4);
        putInt((int) crc.getValue());
    }

    private void putInt(int v) {
        ensure(4);
        putIntAt(size, v);
        size += 4;
    }

    private void putIntAt(int at, int v) {
        out[at] = (byte) (v >>> 24);
        out[at + 1] = (byte) (v >>> 16);
        out[at + 2] = (byte) (v >>> 8);
        out[at + 3] = (byte) v;
    }

    private void ensure(int extra) {
        if (out.length - size < extra) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + extra + 64 * 1024));
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
