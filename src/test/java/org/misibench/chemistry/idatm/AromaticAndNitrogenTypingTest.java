package org.misibench.chemistry.idatm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misibench.chemistry.Connectivity;
import org.misibench.chemistry.Molecule;
import org.misibench.complex.ComplexPreparer;
import org.misibench.source.BundledSample;
import org.misibench.source.PathSourceFile;
import org.misibench.structure.StructureReader;

/**
 * Ring aromaticity and nitrogen types that ChimeraX's AtomTypes.cpp assigns and our typer used to get wrong
 * (the table in the IDATM review). Every expectation below was worked out by hand from the rules, pass by
 * pass, using the bond lengths and angles of the file; the comments give the deciding step.
 *
 * <p>SDF atoms are named element + running number in file order, so names here are those of the SDF
 * (guanine's C6 is "C8" in 7W05_GMP), not the PDB chemical-component names.
 */
class AromaticAndNitrogenTypingTest {

    @TempDir
    Path dir;

    @Test
    void anilideNitrogenWithoutHydrogenStaysNpl() throws Exception {
        // RQ3 (1G9V): N1 bonds C12 (amide C=O, 1.327 Å) and C13 (aryl, 1.380 Å); angle 125.9° → Npl in pass 2.
        // Pass 7: no recipient (C13 is Car, C12 carries the terminal O2 O4). Pass 8: the Car neighbour is no
        // sp2 partner; the only partner C12 has the remote sp2 O4, so N1 is not retyped.
        Map<String, String> types = typesByName(sdfLigand("1G9V_RQ3"));
        assertTypes(types, Map.of("N1", "Npl", "C12", "C2", "O4", "O2", "C13", "Car", "C14", "Car"));
    }

    @Test
    void trimethoprimPyrimidineNitrogensAreN2AndItsAminoGroupsNpl() throws Exception {
        // TOP (6XG5): pyrimidine C1 N1 C2 N3 C3 C4; amino N2 on C2 (1.334 Å), N4 on C3 (1.350 Å).
        // Pass 3: both amino N are Npl (≤ 1.38 Å to a C2). Pass 4.5: an exocyclic bond to a planar N is SINGLE,
        // so C2 and C3 each need one ring double bond; the only assignments are the two Kekulé structures,
        // both with 6 π electrons → C's Car, and each ring N has order sum 3 → N2. Pass 8 skips 1-bond Npl.
        Map<String, String> types = typesByName(sdfLigand("6XG5_TOP"));
        assertTypes(types, Map.ofEntries(
                Map.entry("N1", "N2"), Map.entry("N3", "N2"),
                Map.entry("N2", "Npl"), Map.entry("N4", "Npl"),
                Map.entry("C1", "Car"), Map.entry("C2", "Car"), Map.entry("C3", "Car"), Map.entry("C4", "Car"),
                Map.entry("C5", "C3"),                                       // the CH2 bridge (long bonds)
                Map.entry("C6", "Car"), Map.entry("C7", "Car"), Map.entry("C14", "Car"), // trimethoxyphenyl
                Map.entry("O1", "O3"), Map.entry("C9", "C3")));              // a methoxy group
    }

    @Test
    void guanineSixRingIsNotAromaticButItsImidazoleIs() throws Exception {
        // GMP (7W05), SDF names: imidazole N1 C6 N2 C7 C10; 6-ring C7 C8(=O5) N3 C9(-N4) N5 C10.
        // The 6-ring passes HOMA (n·HOMA ≈ −17) and fuses with the imidazole. C8=O5 is an exocyclic DOUBLE, so
        // C8's ring bonds are single; of the two neutral assignments the C9=N5 one fits the lengths better.
        // Free-electron test: the 6-ring fails at C8 (non-fused C with an exocyclic double bond), the imidazole
        // counts 6 → Car. Ring N: N2 (bonds 2+1) → N2, N3 (1+1) → Npl, N5 (2+1) → N2.
        Map<String, String> types = typesByName(sdfLigand("7W05_GMP"));
        assertTypes(types, Map.ofEntries(
                Map.entry("C8", "C2"), Map.entry("O5", "O2"), Map.entry("C9", "C2"),  // guanine C6, O6, C2
                Map.entry("C6", "Car"), Map.entry("C7", "Car"), Map.entry("C10", "Car"), // guanine C8, C5, C4
                Map.entry("N1", "Npl"), Map.entry("N2", "N2"),                        // guanine N9, N7
                Map.entry("N3", "Npl"), Map.entry("N5", "N2"),                        // guanine N1, N3
                Map.entry("N4", "N3")));                // amino N at 1.406 Å from a C2 → N3 in pass 3, kept
    }

    @Test
    void chromoneCarbonylRingStaysNonAromatic() throws Exception {
        // SQH (7C6P): pyranone ring C15(=O4) C2 C3 O1 C10 C11 fused with the benzo ring C1 C10–C14.
        // C15 has an exocyclic DOUBLE to the terminal O4 and is not a fusion atom → the pyranone ring is not
        // aromatic: C15 stays C2 and the ring O1 stays O3. The benzo and the phenyl ring are Car.
        Map<String, String> types = typesByName(sdfLigand("7C6P_SQH"));
        assertTypes(types, Map.ofEntries(
                Map.entry("C15", "C2"), Map.entry("O4", "O2"), Map.entry("O1", "O3"),
                Map.entry("C2", "C2"), Map.entry("C3", "C2"),
                Map.entry("C1", "Car"), Map.entry("C10", "Car"), Map.entry("C11", "Car"), Map.entry("C14", "Car"),
                Map.entry("C4", "Car"), Map.entry("C6", "Car"),
                Map.entry("O2", "O3"), Map.entry("O6", "O3")));   // phenolic O on Car rings
    }

    @Test
    void quinolinoneLactamCarbonIsC2AndTheDiarylamineNpl() throws Exception {
        // VH5 (7OKF): lactam ring C19(=O1) C9 C13 C8 C7 N6, fused with the benzo ring C5 C6 C20 C7 C8 C12.
        // C19's exocyclic DOUBLE to O1 makes the lactam ring non-aromatic → C19 C2, N6 (both bonds single)
        // Npl. N3 bridges two aromatic rings (pyridine C2, benzo C5): pass 8 ignores aromatic neighbours,
        // so N3 keeps Npl. The pyridine N2 has a ring double bond in both Kekulé structures → N2.
        Map<String, String> types = typesByName(sdfLigand("7OKF_VH5"));
        assertTypes(types, Map.ofEntries(
                Map.entry("C19", "C2"), Map.entry("O1", "O2"), Map.entry("N6", "Npl"),
                Map.entry("C9", "C2"), Map.entry("C13", "C2"),
                Map.entry("C5", "Car"), Map.entry("C7", "Car"), Map.entry("C8", "Car"), Map.entry("C12", "Car"),
                Map.entry("N3", "Npl"),
                Map.entry("N2", "N2"), Map.entry("C1", "Car"), Map.entry("C4", "Car"), Map.entry("C11", "Car"),
                Map.entry("C10", "C1"), Map.entry("N1", "N1"),            // nitrile
                Map.entry("N4", "N3"), Map.entry("N5", "N3+")));          // piperazine N on C2 / on three C3
    }

    @Test
    void heavyAtomOnlyAnilineIsAromaticWithAnNplAmine() throws Exception {
        // A regular hexagon (1.39 Å) and C–N 1.37 Å, all in one (tilted) plane. The terminal N is Npl (pass 3, ≤ 1.38 Å);
        // a bond to a planar N is SINGLE, so C1 needs one ring double bond and both Kekulé structures exist.
        String sdf = """
                aniline
                  manual            3D

                  7  7  0  0  0  0  0  0  0  0999 V2000
                    1.3700    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                    2.0650   -1.0425   -0.6019 C   0  0  0  0  0  0  0  0  0  0  0  0
                    3.4550   -1.0425   -0.6019 C   0  0  0  0  0  0  0  0  0  0  0  0
                    4.1500    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                    3.4550    1.0425    0.6019 C   0  0  0  0  0  0  0  0  0  0  0  0
                    2.0650    1.0425    0.6019 C   0  0  0  0  0  0  0  0  0  0  0  0
                    0.0000    0.0000    0.0000 N   0  0  0  0  0  0  0  0  0  0  0  0
                  1  2  2  0
                  2  3  1  0
                  3  4  2  0
                  4  5  1  0
                  5  6  2  0
                  6  1  1  0
                  1  7  1  0
                M  END
                $$$$
                """;
        Map<String, String> types = typesByName(inlineSdf("aniline.sdf", sdf));
        assertTypes(types, Map.of("C1", "Car", "C2", "Car", "C3", "Car", "C4", "Car", "C5", "Car", "C6", "Car",
                "N1", "Npl"));
    }

    @Test
    void heavyAtomOnlyDiarylamineNitrogenIsNpl() throws Exception {
        // Two phenyl rings (1.39 Å hexagons, twisted ±30°) on an N with C–N 1.39 Å and a 125° angle → Npl.
        // Pass 7: both neighbours are Car and the bonds are long. Pass 8: aromatic-ring neighbours are not sp2
        // partners and the N has two heavy neighbours, so it keeps Npl.
        String sdf = """
                diphenylamine
                  manual            3D

                 13 14  0  0  0  0  0  0  0  0999 V2000
                    0.6418    1.2329    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                    1.8875    1.3680   -0.6019 C   0  0  0  0  0  0  0  0  0  0  0  0
                    2.5293    2.6010   -0.6019 C   0  0  0  0  0  0  0  0  0  0  0  0
                    1.9255    3.6988    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                    0.6799    3.5637    0.6019 C   0  0  0  0  0  0  0  0  0  0  0  0
                    0.0380    2.3308    0.6019 C   0  0  0  0  0  0  0  0  0  0  0  0
                    0.0000    0.0000    0.0000 N   0  0  0  0  0  0  0  0  0  0  0  0
                    0.6418   -1.2329    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                    0.0380   -2.3308    0.6019 C   0  0  0  0  0  0  0  0  0  0  0  0
                    0.6799   -3.5637    0.6019 C   0  0  0  0  0  0  0  0  0  0  0  0
                    1.9255   -3.6988    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                    2.5293   -2.6010   -0.6019 C   0  0  0  0  0  0  0  0  0  0  0  0
                    1.8875   -1.3680   -0.6019 C   0  0  0  0  0  0  0  0  0  0  0  0
                  1  2  2  0
                  2  3  1  0
                  3  4  2  0
                  4  5  1  0
                  5  6  2  0
                  6  1  1  0
                  1  7  1  0
                  7  8  1  0
                  8  9  2  0
                  9 10  1  0
                 10 11  2  0
                 11 12  1  0
                 12 13  2  0
                 13  8  1  0
                M  END
                $$$$
                """;
        Map<String, String> types = typesByName(inlineSdf("diphenylamine.sdf", sdf));
        assertEquals("Npl", types.get("N1"));
        for (int c = 1; c <= 12; c++) {
            assertEquals("Car", types.get("C" + c), "C" + c);
        }
    }

    private static Molecule sdfLigand(String id) throws Exception {
        var source = BundledSample.complex(id);
        return Connectivity.fromFileBonds(ComplexPreparer.prepare(source).ligand());
    }

    private Molecule inlineSdf(String fileName, String text) throws Exception {
        Path file = dir.resolve(fileName);
        Files.writeString(file, text);
        return Connectivity.fromFileBonds(StructureReader.read(new PathSourceFile(file)));
    }

    private static Map<String, String> typesByName(Molecule m) {
        AtomTypes types = IdatmTyper.type(m);
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < m.size(); i++) {
            byName.put(m.atom(i).name(), types.of(i));
        }
        return byName;
    }

    private static void assertTypes(Map<String, String> actual, Map<String, String> expected) {
        expected.forEach((name, type) -> assertEquals(type, actual.get(name), name));
    }
}
