package org.misibench.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultFileHoldsTheSpecsPerComplexCounts() {
        GenerationSettings s = GenerationSettings.load(Path.of("../config/generation/default.properties"));
        // spec §5: T1 2/1 per axis, T2 2/1 per axis, T3 4/2, T5-T7 6/3
        assertEquals(2, s.t1PerAxisTrain());
        assertEquals(1, s.t1PerAxisTest());
        assertEquals(2, s.t2PerAxisTrain());
        assertEquals(1, s.t2PerAxisTest());
        assertEquals(4, s.t3Train());
        assertEquals(2, s.t3Test());
        assertEquals(6, s.t5Train());
        assertEquals(3, s.t7Test());
        assertEquals(512, s.imageSize());
        assertEquals(490.0 / 3993, s.testFraction(), 1e-4, "the paper's test share");
    }

    @Test
    void aMissingOrMalformedValueNamesTheFileAndTheKey() throws Exception {
        Path file = Files.writeString(dir.resolve("g.properties"),
                Files.readString(Path.of("../config/generation/default.properties")).replace("imageSize = 512", "imageSize = big"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GenerationSettings.load(file));
        assertEquals(file + ": setting 'imageSize' is not a whole number: big", e.getMessage());
        Path missing = Files.writeString(dir.resolve("m.properties"), "seed = 1\n");
        assertEquals(missing + ": missing setting 'imageSize'",
                assertThrows(IllegalArgumentException.class, () -> GenerationSettings.load(missing)).getMessage());
    }
}
