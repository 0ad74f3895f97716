package org.misibench.chemistry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.PreparedComplex;
import org.misibench.source.BundledSample;
import org.misibench.source.PathSourceFile;
import org.misibench.structure.ResidueId;
import org.misibench.structure.Structure;
import org.misibench.structure.StructureReader;

class ConnectivityTest {

    @TempDir
    Path dir;

    @Test
    void standardResiduesGetTheirTemplateBonds() throws Exception {
        Molecule pocket = Connectivity.fromPdb(prepared("1aku").pocket());
        // complete residues: heavy atoms and heavy-atom bonds, counted by hand from each residue's chemistry
        Map<String, int[]> expected = Map.of("GLY", new int[] {4, 3}, "ALA", new int[] {5, 4}, "SER", new int[] {6, 5},
                "THR", new int[] {7, 6}, "PHE", new int[] {11, 11}, "TRP", new int[] {14, 15}, "TYR", new int[] {12, 12},
                "ASN", new int[] {8, 7}, "ASP", new int[] {8, 7}, "LEU", new int[] {8, 7});
        int checked = 0;
        for (ResidueId r : pocket.atoms().stream().map(a -> a.residue()).distinct().toList()) {
            int[] counts = expected.get(r.name());
            if (counts != null && heavyAtoms(pocket, r) == counts[0]) {
                assertEquals(counts[1], intraResidueHeavyBonds(pocket, r), r.toString());
                checked++;
            }
        }
        assertTrue(checked >= 10, "complete residues checked: " + checked);
    }

    @Test
    void everyChainBreakOfACutPocketLeavesAMissingStructureLinkOnBothEnds() throws Exception {
        PreparedComplex c = prepared("1aku");
        Molecule pocket = Connectivity.fromPdb(c.pocket());
        // independent count: consecutive pocket amino acids of one chain whose numbers are not consecutive
        int breaks = 0;
        List<ResidueId> aminoAcids = new ArrayList<>();
        for (ResidueId r : c.pocketResidues()) {
            if (!pocket.atoms().stream().filter(a -> a.residue().equals(r)).findFirst().orElseThrow().hetero()) {
                aminoAcids.add(r);
            }
        }
        for (int i = 1; i < aminoAcids.size(); i++) {
            if (aminoAcids.get(i).chain().equals(aminoAcids.get(i - 1).chain())
                    && aminoAcids.get(i).number() != aminoAcids.get(i - 1).number() + 1) {
                breaks++;
            }
        }
        assertTrue(breaks > 0, "1aku's pocket has chain breaks");
        int links = 0;
        for (int i = 0; i < pocket.size(); i++) {
            links += pocket.missingLinks(i);
            if (pocket.missingLinks(i) > 0) {
                String name = pocket.atom(i).name();
                assertTrue(name.equals("N") || name.equals("C"), "links sit on backbone N and C, not " + name);
            }
        }
        assertEquals(2 * breaks, links);
    }

    @Test
    void aLigandFromAnSdfKeepsItsFileBonds() throws Exception {
        PreparedComplex c = prepared("1G9V_RQ3");
        Molecule ligand = Connectivity.fromFileBonds(c.ligand());
        assertEquals(26, ligand.bonds().size());
    }

    @Test
    void aMetalBondsByCoordinationLinksNotBonds() throws Exception {
        Path file = Files.writeString(dir.resolve("zn.pdb"), """
                ATOM      1  CE1 HIS A  10       0.000   0.000   0.000  1.00  0.00           C
                ATOM      2  NE2 HIS A  10       1.300   0.000   0.000  1.00  0.00           N
                HETATM    3 ZN    ZN A 301       3.300   0.000   0.000  1.00  0.00          ZN
                END
                """);
        Structure s = StructureReader.read(new PathSourceFile(file));
        Molecule m = Connectivity.fromPdb(s);
        assertTrue(m.bonded(0, 1), "template bond CE1–NE2");
        assertEquals(0, m.neighbours(2).length, "zinc has no covalent bonds");
        assertEquals(1, m.metalLinks(2));
        assertEquals(1, m.metalLinks(1));
    }

    @Test
    void ringsAreTheSmallestOnesWithinResidues() throws Exception {
        Molecule pocket = Connectivity.fromPdb(prepared("1aku").pocket());
        Rings rings = Rings.of(pocket);
        for (int[] ring : rings.all()) {
            String residue = pocket.atom(ring[0]).residue().name();
            int size = ring.length;
            switch (residue) {
                case "PHE", "TYR" -> assertEquals(6, size);
                case "HIS", "PRO" -> assertEquals(5, size);
                case "TRP" -> assertTrue(size == 5 || size == 6, "indole rings, not the 9-ring");
                default -> { }
            }
        }
    }

    private static long heavyAtoms(Molecule m, ResidueId r) {
        return m.atoms().stream().filter(a -> a.residue().equals(r) && !a.isHydrogen()).count();
    }

    private static int intraResidueHeavyBonds(Molecule m, ResidueId r) {
        int count = 0;
        for (int[] b : m.bonds()) {
            if (m.atom(b[0]).residue().equals(r) && m.atom(b[1]).residue().equals(r)
                    && !m.atom(b[0]).isHydrogen() && !m.atom(b[1]).isHydrogen()) {
                count++;
            }
        }
        return count;
    }

    private static PreparedComplex prepared(String id) throws Exception {
        return ComplexPreparer.prepare(BundledSample.complex(id));
    }
}
