package org.misibench.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misibench.geometry.Vec3;
import org.misibench.source.ClasspathSourceFile;
import org.misibench.source.PathSourceFile;
import org.misibench.source.Problem;
import org.misibench.source.SourceException;

/** Facts read off the bundled entries by hand (line and column), and inline snippets for edge cases. */
class StructureReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsAPdbEntryWithItsResiduesHeteroGroupsAndWaters() throws Exception {
        Structure s = sample("plip_pdb/1aku.pdb");
        assertEquals(1297, s.atoms().size(), "ATOM + HETATM records, no alternate locations in 1aku");
        Atom og1 = find(s, "A", 59, "OG1");
        assertEquals(421, og1.serial());
        assertEquals(Element.O, og1.element());
        assertEquals("THR", og1.residue().name());
        assertEquals(new Vec3(4.130, 37.977, 19.454), og1.position());
        assertEquals(31, s.atoms().stream().filter(a -> a.residue().name().equals("FMN") && a.hetero()).count());
        assertEquals(155, s.atoms().stream().filter(Atom::isWater).count());
    }

    @Test
    void keepsOneAlternateLocationPerAtomTheFirstOnATie() throws Exception {
        Structure s = sample("plip_pdb/2efj.pdb");
        assertEquals(2931 - 27, s.atoms().size(), "27 atoms have an A and a B location at equal occupancy");
        Atom ca = find(s, "A", 22, "CA");
        assertEquals('A', ca.altLoc());
        assertEquals(new Vec3(-2.189, 19.521, 55.079), ca.position());
    }

    @Test
    void keepsTheHigherOccupancyLocation() throws Exception {
        Structure s = read("alt.pdb", """
                ATOM      1  N   SER A  22      -1.000  19.000  55.000  1.00 48.08           N
                ATOM      2  CA ASER A  22      -2.189  19.521  55.079  0.40 48.08           C
                ATOM      3  CA BSER A  22      -2.164  19.506  55.120  0.60 47.94           C
                END
                """);
        assertEquals(2, s.atoms().size());
        assertEquals('B', find(s, "A", 22, "CA").altLoc());
    }

    @Test
    void keepsInsertionCodes() throws Exception {
        Structure s = sample("plip_pdb/1bju.pdb");
        List<Atom> gly184a = s.atoms().stream()
                .filter(a -> a.residue().number() == 184 && a.residue().insertionCode() == 'A').toList();
        assertEquals(4, gly184a.size());
        assertEquals("GLY 184A", gly184a.get(0).residue().label());
    }

    @Test
    void readsAPoseBustersLigandWithItsResidueFromTheTitle() throws Exception {
        Structure s = sample("astex/1G9V_RQ3/1G9V_RQ3_ligand.sdf");
        assertEquals(25, s.atoms().size());
        assertEquals(26, s.bonds().size());
        assertEquals(new ResidueId("A", 801, ' ', "RQ3"), s.atoms().get(0).residue());
        // element + running number per element, in file order: C, O, O, C …
        assertEquals(List.of("C1", "O1", "O2", "C2"), s.atoms().subList(0, 4).stream().map(Atom::name).toList());
        assertEquals(new Vec3(16.15, 22.335, 42.811), s.atoms().get(0).position());
    }

    @Test
    void readsGzipTransparently() throws Exception {
        Path gz = dir.resolve("lig.sdf.gz");
        try (InputStream in = getClass().getResourceAsStream("/misi-sample/astex/1G9V_RQ3/1G9V_RQ3_ligand.sdf");
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            in.transferTo(out);
        }
        assertEquals(25, StructureReader.read(new PathSourceFile(gz)).atoms().size());
    }

    @Test
    void aTruncatedPdbNamesTheLine() throws Exception {
        SourceException e = failure("cut.pdb", """
                ATOM      1  N   SER A  22      -1.000  19.000  55.000  1.00 48.08           N
                ATOM      2  CA  SER A  22      -2.189  19.5""");
        assertEquals(Problem.TRUNCATED, e.problem());
        assertEquals("line 2: ATOM record ends before its coordinates", e.reason());
    }

    @Test
    void anSdfWithABrokenCountsLineIsMalformed() throws Exception {
        SourceException e = failure("lig.sdf", "lig\n  RDKit\n\n  x  0  0  0  0  0  0  0  0  0999 V2000\nM  END\n$$$$\n");
        assertEquals(Problem.MALFORMED, e.problem());
        assertEquals("broken counts line (line 4): 'x  0  0  0  0  0  0  0  0  0999 V2000'", e.reason());
    }

    @Test
    void binaryGarbageIsRefusedBeforeParsing() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Path file = Files.write(dir.resolve("garbage.pdb"), garbage);
        SourceException e = assertThrows(SourceException.class, () -> StructureReader.read(new PathSourceFile(file)));
        assertEquals(Problem.MALFORMED, e.problem());
        assertTrue(e.reason().startsWith("binary data"), e.reason());
        assertEquals(file.toString(), e.location());
    }

    @Test
    void anEmptyFileIsReported() throws Exception {
        assertEquals(Problem.EMPTY_FILE, failure("empty.pdb", "").problem());
        assertEquals(Problem.EMPTY_FILE, failure("blank.sdf", "\n\n  \n").problem());
    }

    @Test
    void aPdbWithoutAtomsIsReported() throws Exception {
        assertEquals(Problem.NO_ATOMS, failure("header.pdb", "HEADER    NOTHING HERE\nEND\n").problem());
    }

    @Test
    void anUnknownElementIsReported() throws Exception {
        SourceException e = failure("odd.pdb",
                "HETATM    1  XX  UNK A   1       1.000   1.000   1.000  1.00  0.00          Xx\nEND\n");
        assertEquals(Problem.UNKNOWN_ELEMENT, e.problem());
    }

    @Test
    void anUnsupportedExtensionIsReported() throws Exception {
        assertEquals(Problem.UNSUPPORTED_FORMAT, failure("entry.xyz", "1\n\nC 0 0 0\n").problem());
    }

    private static Structure sample(String path) throws SourceException {
        return StructureReader.read(new ClasspathSourceFile("/misi-sample/" + path));
    }

    private Structure read(String name, String text) throws IOException, SourceException {
        return StructureReader.read(new PathSourceFile(Files.writeString(dir.resolve(name), text, StandardCharsets.ISO_8859_1)));
    }

    private SourceException failure(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.ISO_8859_1);
        SourceException e = assertThrows(SourceException.class, () -> StructureReader.read(new PathSourceFile(file)));
        assertEquals(file.toString(), e.location());
        return e;
    }

    private static Atom find(Structure s, String chain, int number, String name) {
        return s.atoms().stream()
                .filter(a -> a.residue().chain().equals(chain) && a.residue().number() == number && a.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no atom " + chain + " " + number + " " + name));
    }
}
