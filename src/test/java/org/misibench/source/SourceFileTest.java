package org.misibench.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {

    @TempDir
    Path dir;

    @Test
    void aBundledFileIsFoundAgainByItsLocation() throws Exception {
        SourceFile bundled = BundledSample.complex("1aku").files().get(0);
        SourceFile again = SourceFile.at(bundled.location());
        assertEquals("classpath:/misi-sample/plip_pdb/1aku.pdb", again.location());
        assertEquals(new ClasspathSourceFile("/misi-sample/plip_pdb/1aku.pdb"), again);
        assertArrayEquals(bytes(bundled), bytes(again));
    }

    @Test
    void aFileOnDiskIsFoundAgainByItsLocation() throws Exception {
        Path file = Files.writeString(dir.resolve("9xyz_ligand.sdf"), "not read here");
        SourceFile again = SourceFile.at(new PathSourceFile(file).location());
        assertEquals(new PathSourceFile(file), again);
        assertEquals("9xyz_ligand.sdf", again.fileName());
    }

    private static byte[] bytes(SourceFile file) throws Exception {
        try (InputStream in = file.open()) {
            return in.readAllBytes();
        }
    }
}
