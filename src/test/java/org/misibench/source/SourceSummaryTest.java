package org.misibench.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSummaryTest {

    private static final String PDB = """
            HEADER    TEST
            ATOM      1  N   GLY A   1      11.104   6.134  -6.504  1.00  0.00           N
            ATOM      2  CA  GLY A   1      11.639   6.071  -5.147  1.00  0.00           C
            HETATM    3  O   HOH A 101       1.000   1.000   1.000  1.00  0.00           O
            END
            """;
    private static final String SDF = """
            lig
                 RDKit          3D

              2  1  0  0  0  0  0  0  0  0999 V2000
                0.0000    0.0000    0.0000 C   0  0
                1.5000    0.0000    0.0000 O   0  0
              1  2  1  0
            M  END
            $$$$
            """;

    @TempDir
    Path dir;

    @Test
    void countsPdbRecordsAndSdfAtoms() throws Exception {
        SourceSummary s = SourceSummary.of(complex(write("a_protein.pdb", PDB), write("a_ligand.sdf", SDF)));
        assertEquals(5, s.atomRecords());
        assertEquals(PDB.length() + SDF.length(), s.bytes());
    }

    @Test
    void readsGzipTransparently() throws Exception {
        Path gz = dir.resolve("a_protein.pdb.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(PDB.getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals(3, SourceSummary.of(complex(gz)).atomRecords());
    }

    @Test
    void theDigestFollowsTheContent() throws Exception {
        Path pdb = write("a_protein.pdb", PDB);
        String before = SourceSummary.of(complex(pdb)).sha256();
        assertEquals(before, SourceSummary.of(complex(pdb)).sha256());
        Files.writeString(pdb, PDB.replace("11.104", "11.105"));
        assertNotEquals(before, SourceSummary.of(complex(pdb)).sha256());
    }

    @Test
    void aBrokenCountsLineNamesTheFileAndTheLine() throws Exception {
        Path sdf = write("a_ligand.sdf", SDF.replace("  2  1  0  0", " xx  1  0  0"));
        SourceException e = assertThrows(SourceException.class,
                () -> SourceSummary.of(complex(write("a_protein.pdb", PDB), sdf)));
        assertEquals(sdf.toString(), e.location());
        assertEquals(Problem.MALFORMED, e.problem());
        assertEquals("broken counts line: 'xx  1  0  0  0  0  0  0  0  0999 V2000'", e.reason());
    }

    @Test
    void anEmptyFileIsReported() throws Exception {
        Path empty = write("a_protein.pdb", "");
        SourceException e = assertThrows(SourceException.class, () -> SourceSummary.of(complex(empty)));
        assertEquals(Problem.EMPTY_FILE, e.problem());
        assertEquals("empty file", e.reason());
    }

    @Test
    void aTruncatedSdfIsReported() throws Exception {
        Path sdf = write("a_ligand.sdf", "lig\n");
        SourceException e = assertThrows(SourceException.class, () -> SourceSummary.of(complex(sdf)));
        assertEquals(Problem.TRUNCATED, e.problem());
        assertEquals("ends before the counts line (line 4)", e.reason());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static ComplexSource complex(Path... files) {
        return new ComplexSource("a", InputLayout.PROTEIN_AND_LIGAND_FILES,
                List.of(files).stream().<SourceFile>map(PathSourceFile::new).toList(), "");
    }
}
