package org.misibench.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplexSourceScannerTest {

    @TempDir
    Path dir;

    @Test
    void findsFolderComplexesAndWholeEntriesInPathOrder() throws Exception {
        touch("pdbbind/2abc/2abc_pocket.pdb");
        touch("pdbbind/2abc/2abc_protein.pdb");
        touch("pdbbind/2abc/2abc_ligand.mol2");
        touch("pdbbind/2abc/2abc_ligand.sdf");
        touch("pdbbind/1xyz/1xyz_protein.pdb.gz");
        touch("pdbbind/1xyz/1xyz_ligand.sdf.gz");
        touch("entries/1aku.pdb");
        touch("entries/3def.cif");
        touch("entries/notes.txt");

        List<ComplexSource> found = ComplexSourceScanner.scan(dir);

        assertEquals(List.of("1aku", "3def", "1xyz", "2abc"), found.stream().map(ComplexSource::id).toList());
        assertEquals(InputLayout.WHOLE_ENTRY, found.get(0).layout());
        ComplexSource abc = found.get(3);
        assertEquals(InputLayout.PROTEIN_AND_LIGAND_FILES, abc.layout());
        // the full protein wins over a pre-cut pocket, the SDF over the MOL2
        assertEquals(List.of("2abc_protein.pdb", "2abc_ligand.sdf"), abc.files().stream().map(SourceFile::fileName).toList());
    }

    @Test
    void aFolderWithoutItsLigandIsStillAComplexSoThatPreparationCanReportIt() throws Exception {
        touch("3ghi/3ghi_protein.pdb");
        ComplexSource only = ComplexSourceScanner.scan(dir).get(0);
        assertEquals(List.of("3ghi_protein.pdb"), only.files().stream().map(SourceFile::fileName).toList());
    }

    @Test
    void aMissingPathNamesThePath() {
        Path missing = dir.resolve("nope");
        SourceException e = assertThrows(SourceException.class, () -> ComplexSourceScanner.scan(missing));
        assertEquals(missing.toString(), e.location());
        assertEquals(Problem.NOT_FOUND, e.problem());
        assertEquals("no such file or folder", e.reason());
    }

    @Test
    void aFolderWithoutComplexesSaysWhatWasExpected() throws Exception {
        touch("readme.txt");
        SourceException e = assertThrows(SourceException.class, () -> ComplexSourceScanner.scan(dir));
        assertEquals(Problem.NO_COMPLEXES, e.problem());
        assertTrue(e.reason().startsWith("no complexes found"), e.reason());
    }

    private void touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
    }
}
