package org.misibench.render.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.misibench.render.vulkan.RgbaImage;

/** Independent checks of a PNG: javax.imageio decodes it, and chunks are parsed from the spec. */
final class PngDecoding {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngDecoding() {
    }

    record Chunk(String type, byte[] data) {
    }

    /** Decodes with ImageIO and asserts every pixel equals {@code expected}, alpha included. */
    static void assertDecodesTo(RgbaImage expected, byte[] png, boolean expectAlpha) {
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertNotNull(img, "ImageIO could not read the PNG");
        assertEquals(expected.width(), img.getWidth(), "width");
        assertEquals(expected.height(), img.getHeight(), "height");
        assertEquals(expectAlpha, img.getColorModel().hasAlpha(), "alpha channel");
        Raster raster = img.getRaster();
        assertEquals(expectAlpha ? 4 : 3, raster.getNumBands(), "bands");
        int[] sample = new int[4];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                raster.getPixel(x, y, sample);
                int rgba = expected.rgbaAt(x, y);
                int a = expectAlpha ? sample[3] : 0xFF;
                int actual = sample[0] << 24 | sample[1] << 16 | sample[2] << 8 | a;
                if (actual != rgba) {
                    throw new AssertionError(String.format("pixel (%d, %d): expected %08x, decoded %08x", x, y, rgba, actual));
                }
            }
        }
    }

    /** Splits a PNG into chunks, checking the signature, every length and every CRC. */
    static List<Chunk> chunks(byte[] png) {
        assertArrayEquals(SIGNATURE, Arrays.copyOf(png, 8), "signature");
        ByteBuffer b = ByteBuffer.wrap(png, 8, png.length - 8);
        List<Chunk> chunks = new ArrayList<>();
        while (b.hasRemaining()) {
            int length = b.getInt();
            byte[] typeAndData = new byte[4 + length];
            b.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertEquals((int) crc.getValue(), b.getInt(), "CRC");
            chunks.add(new Chunk(new String(typeAndData, 0, 4, StandardCharsets.US_ASCII),
                    Arrays.copyOfRange(typeAndData, 4, typeAndData.length)));
        }
        return chunks;
    }
}
