package org.misibench.render.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.misibench.render.vulkan.RgbaImage;

/**
 * The encoder against independent decoders: javax.imageio for the pixels, and the PNG spec (parsed
 * here) for chunk layout, CRCs and filter bytes.
 */
class PngEncoderTest {

    private static final int COLOUR_RGB = 2;
    private static final int COLOUR_RGBA = 6;

    @ParameterizedTest
    @EnumSource(FilterStrategy.class)
    void opaqueImagesAreWrittenAsRgbAndDecodeToTheSamePixels(FilterStrategy filter) {
        PngEncoder encoder = new PngEncoder(new PngOptions(6, filter));
        for (RgbaImage image : List.of(TestImages.opaqueNoise(37, 23, 1), TestImages.shadedDisc(64, 48, 0xFF))) {
            byte[] png = encoder.encode(image);
            assertEquals(COLOUR_RGB, ihdr(png)[9], "colour type");
            PngDecoding.assertDecodesTo(image, png, false);
        }
    }

    @ParameterizedTest
    @EnumSource(FilterStrategy.class)
    void translucentImagesAreWrittenAsRgbaAndDecodeToTheSamePixels(FilterStrategy filter) {
        PngEncoder encoder = new PngEncoder(new PngOptions(6, filter));
        for (RgbaImage image : List.of(TestImages.translucentNoise(37, 23, 2), TestImages.shadedDisc(64, 48, 0))) {
            byte[] png = encoder.encode(image);
            assertEquals(COLOUR_RGBA, ihdr(png)[9], "colour type");
            PngDecoding.assertDecodesTo(image, png, true);
        }
    }

    @ParameterizedTest
    @EnumSource(FilterStrategy.class)
    void oddSizesRoundTrip(FilterStrategy filter) {
        PngEncoder encoder = new PngEncoder(new PngOptions(1, filter));
        int[][] sizes = {{1, 1}, {3, 5}, {5, 3}, {1, 7}, {7, 1}};
        for (int[] s : sizes) {
            RgbaImage rgb = TestImages.opaqueNoise(s[0], s[1], 10L * s[0] + s[1]);
            PngDecoding.assertDecodesTo(rgb, encoder.encode(rgb), false);
            RgbaImage rgba = TestImages.translucentNoise(s[0], s[1], 100L * s[0] + s[1]);
            PngDecoding.assertDecodesTo(rgba, encoder.encode(rgba), true);
        }
    }

    @Test
    void everyDeflateLevelRoundTrips() {
        RgbaImage image = TestImages.shadedDisc(40, 30, 0xFF);
        for (int level = 0; level <= 9; level++) {
            PngDecoding.assertDecodesTo(image, new PngEncoder(new PngOptions(level, FilterStrategy.ADAPTIVE)).encode(image), false);
        }
    }

    @Test
    void onlyCriticalChunksInOrderWithAValidHeader() {
        byte[] png = new PngEncoder().encode(TestImages.shadedDisc(33, 17, 0xFF));
        List<PngDecoding.Chunk> chunks = PngDecoding.chunks(png);
        assertEquals("IHDR", chunks.get(0).type());
        assertEquals("IEND", chunks.get(chunks.size() - 1).type());
        assertEquals(0, chunks.get(chunks.size() - 1).data().length);
        for (PngDecoding.Chunk c : chunks.subList(1, chunks.size() - 1)) {
            assertEquals("IDAT", c.type());
        }
        ByteBuffer h = ByteBuffer.wrap(chunks.get(0).data());
        assertEquals(13, h.remaining());
        assertEquals(33, h.getInt());
        assertEquals(17, h.getInt());
        assertArrayEquals(new byte[] {8, COLOUR_RGB, 0, 0, 0}, new byte[] {h.get(), h.get(), h.get(), h.get(), h.get()});
    }

    @Test
    void largeOutputIsSplitIntoSeveralIdatChunks() {
        RgbaImage image = TestImages.opaqueNoise(700, 600, 3); // 1.26 MB of stored (level 0) data
        byte[] png = new PngEncoder(new PngOptions(0, FilterStrategy.NONE)).encode(image);
        long idats = PngDecoding.chunks(png).stream().filter(c -> c.type().equals("IDAT")).count();
        assertTrue(idats >= 2, "IDAT chunks: " + idats);
        PngDecoding.assertDecodesTo(image, png, false);
    }

    @Test
    void sameImageGivesTheSameBytesFromOneEncoderAndFromTwo() {
        RgbaImage image = TestImages.shadedDisc(96, 80, 0xFF);
        PngEncoder first = new PngEncoder();
        byte[] a = first.encode(image);
        first.encode(TestImages.translucentNoise(200, 150, 4)); // larger, RGBA: buffers grow and hold other data
        byte[] b = first.encode(image);
        byte[] c = new PngEncoder().encode(image);
        assertArrayEquals(a, b, "same encoder, after another image");
        assertArrayEquals(a, c, "second encoder");
        assertArrayEquals(a, new PngEncoder().encode(new RgbaImage(96, 80, image.toByteArray())), "equal copy");
    }

    @ParameterizedTest
    @EnumSource(value = FilterStrategy.class, names = {"NONE", "SUB", "UP", "PAETH"})
    void fixedStrategiesUseTheirFilterTypeOnEveryRow(FilterStrategy filter) throws DataFormatException {
        RgbaImage image = TestImages.shadedDisc(50, 20, 0xFF);
        byte[] raw = inflate(new PngEncoder(new PngOptions(4, filter)).encode(image));
        int expectedType = switch (filter) {
            case NONE -> 0;
            case SUB -> 1;
            case UP -> 2;
            case PAETH -> 4;
            default -> throw new IllegalStateException();
        };
        for (int y = 0; y < 20; y++) {
            assertEquals(expectedType, raw[y * (50 * 3 + 1)], "filter byte of row " + y);
        }
    }

    @Test
    void adaptiveChoosesTheTypeWithTheSmallestSumOfAbsoluteDifferences() throws DataFormatException {
        RgbaImage image = TestImages.shadedDisc(60, 40, 0xFF);
        int w = 60, h = 40, bpp = 3, rowBytes = w * bpp;
        byte[] raw = inflate(new PngEncoder(new PngOptions(6, FilterStrategy.ADAPTIVE)).encode(image));
        int[] prev = new int[rowBytes];
        int[] cur = new int[rowBytes];
        int typesUsed = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = image.rgbaAt(x, y);
                cur[3 * x] = p >>> 24;
                cur[3 * x + 1] = p >>> 16 & 0xFF;
                cur[3 * x + 2] = p >>> 8 & 0xFF;
            }
            long[] sums = new long[5];
            for (int i = 0; i < rowBytes; i++) {
                int a = i >= bpp ? cur[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
                int[] predictors = {0, a, b, (a + b) / 2, paeth(a, b, c)};
                for (int t = 0; t < 5; t++) {
                    sums[t] += Math.abs((byte) (cur[i] - predictors[t]));
                }
            }
            int chosen = raw[y * (rowBytes + 1)];
            for (int t = 0; t < 5; t++) {
                assertTrue(sums[chosen] <= sums[t], "row " + y + ": type " + chosen + " sum " + sums[chosen] + " > type " + t + " sum " + sums[t]);
            }
            typesUsed |= 1 << chosen;
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        assertTrue(Integer.bitCount(typesUsed) >= 2, "a shaded image should need more than one filter type");
    }

    @Test
    void rejectsBadLevels() {
        assertThrows(IllegalArgumentException.class, () -> new PngOptions(10, FilterStrategy.NONE));
        assertThrows(IllegalArgumentException.class, () -> new PngOptions(-1, FilterStrategy.NONE));
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ihdr(byte[] png) {
        return PngDecoding.chunks(png).get(0).data();
    }

    /** The concatenated IDAT data, inflated: filter byte plus filtered bytes for every row. */
    private static byte[] inflate(byte[] png) throws DataFormatException {
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        for (PngDecoding.Chunk c : PngDecoding.chunks(png)) {
            if (c.type().equals("IDAT")) {
                z.writeBytes(c.data());
            }
        }
        Inflater inflater = new Inflater();
        inflater.setInput(z.toByteArray());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!inflater.finished()) {
            int n = inflater.inflate(buf);
            if (n == 0 && inflater.needsInput()) {
                throw new DataFormatException("truncated zlib stream");
            }
            out.write(buf, 0, n);
        }
        inflater.end();
        return out.toByteArray();
    }
}
