package org.misibench.render.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misibench.render.vulkan.RgbaImage;

/** Files written by the pool: their bytes, their reported SHA-256, and nothing else left behind. */
class PngWriterPoolTest {

    @TempDir
    Path dir;

    @Test
    void writesTheEncodersBytesAndReportsTheirSha256() throws Exception {
        PngOptions options = PngOptions.defaults();
        List<RgbaImage> images = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            images.add(i % 3 == 0 ? TestImages.translucentNoise(20 + i, 10 + i, i)
                    : i % 3 == 1 ? TestImages.opaqueNoise(3, 5, i) : TestImages.shadedDisc(40 + i, 30, 0xFF));
        }
        List<Future<WrittenPng>> futures = new ArrayList<>();
        try (PngWriterPool pool = new PngWriterPool(2, options, 3)) {
            for (int i = 0; i < images.size(); i++) {
                futures.add(pool.submit(images.get(i), dir.resolve("sub/" + i + ".png")));
            }
        }
        PngEncoder reference = new PngEncoder(options);
        for (int i = 0; i < images.size(); i++) {
            assertTrue(futures.get(i).isDone(), "close() waits for every write");
            WrittenPng written = futures.get(i).get();
            Path file = dir.resolve("sub/" + i + ".png");
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(file.toAbsolutePath(), written.path());
            assertArrayEquals(reference.encode(images.get(i)), bytes, "file " + i);
            assertEquals(sha256(bytes), written.sha256(), "SHA-256 of file " + i);
            assertEquals(bytes.length, written.bytes());
            PngDecoding.assertDecodesTo(images.get(i), bytes, i % 3 == 0);
        }
        assertEquals(expectedNames(images.size()), filesIn(dir.resolve("sub")), "no temporary files left");
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path target = dir.resolve("a.png");
        Files.writeString(target, "old");
        RgbaImage image = TestImages.shadedDisc(10, 10, 0xFF);
        try (PngWriterPool pool = new PngWriterPool(1)) {
            WrittenPng w = pool.submit(image, target).get();
            assertEquals(sha256(Files.readAllBytes(target)), w.sha256());
        }
        assertEquals(Set.of("a.png"), filesIn(dir));
    }

    @Test
    void aFailedWriteFailsItsFutureAndLeavesNoTemporaryFile() throws Exception {
        Path blocker = dir.resolve("taken");
        Files.createDirectories(blocker.resolve("x.png")); // a directory where the file should go
        Future<WrittenPng> f;
        try (PngWriterPool pool = new PngWriterPool(1)) {
            f = pool.submit(TestImages.opaqueNoise(4, 4, 1), blocker.resolve("x.png"));
        }
        ExecutionException e = assertThrows(ExecutionException.class, f::get);
        assertInstanceOf(IOException.class, e.getCause());
        assertEquals(Set.of("x.png"), filesIn(blocker));
        assertTrue(Files.isDirectory(blocker.resolve("x.png")));
    }

    @Test
    void rejectsImagesAfterClose() {
        PngWriterPool pool = new PngWriterPool(1);
        pool.close();
        assertThrows(RejectedExecutionException.class, () -> pool.submit(TestImages.opaqueNoise(1, 1, 1), dir.resolve("z.png")));
        assertFalse(Files.exists(dir.resolve("z.png")));
    }

    private static Set<String> expectedNames(int n) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            names.add(i + ".png");
        }
        return names;
    }

    private static Set<String> filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
