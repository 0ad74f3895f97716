package org.misibench.chemistry.idatm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.misibench.chemistry.Connectivity;
import org.misibench.chemistry.Molecule;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.PreparedComplex;
import org.misibench.source.BundledSample;

/**
 * IDATM types worked out by hand from the rules of spec §1.11 (templates for standard residues,
 * geometric passes for ligands) and checked against what the typer assigns.
 */
class IdatmTyperTest {

    @Test
    void standardResiduesTakeTheirTemplateTypes() throws Exception {
        Molecule pocket = Connectivity.fromPdb(prepared("1aku").pocket());
        AtomTypes types = IdatmTyper.type(pocket);
        Map<String, Map<String, String>> expected = Map.of(
                "THR", Map.of("OG1", "O3", "CB", "C3", "CG2", "C3", "CA", "C3", "C", "C2", "O", "O2"),
                "ASP", Map.of("CG", "Cac", "OD1", "O2-", "OD2", "O2-"),
                "ASN", Map.of("CG", "C2", "OD1", "O2", "ND2", "Npl"),
                "TRP", Map.of("NE1", "Npl", "CD1", "Car", "CZ2", "Car", "CB", "C3"),
                "TYR", Map.of("OH", "O3", "CZ", "Car"),
                "SER", Map.of("OG", "O3"),
                "GLY", Map.of("CA", "C3"));
        int checked = 0;
        for (int i = 0; i < pocket.size(); i++) {
            Map<String, String> residue = expected.get(pocket.atom(i).residue().name());
            if (residue != null && residue.containsKey(pocket.atom(i).name())) {
                assertEquals(residue.get(pocket.atom(i).name()), types.of(i), pocket.atom(i).toString());
                checked++;
            }
        }
        assertTrue(checked > 30, "atoms checked: " + checked);
    }

    @Test
    void backboneNitrogenIsNplInsideAChainAndN3PlusWhereAFragmentStarts() throws Exception {
        Molecule pocket = Connectivity.fromPdb(prepared("1aku").pocket());
        AtomTypes types = IdatmTyper.type(pocket);
        int fragmentStarts = 0;
        for (int i = 0; i < pocket.size(); i++) {
            if (!pocket.atom(i).name().equals("N") || pocket.atom(i).hetero()) {
                continue;
            }
            boolean linkedToPrevious = false;
            for (int j : pocket.neighbours(i)) {
                linkedToPrevious |= !pocket.atom(j).residue().equals(pocket.atom(i).residue());
            }
            assertEquals(linkedToPrevious ? "Npl" : "N3+", types.of(i), pocket.atom(i).toString());
            fragmentStarts += linkedToPrevious ? 0 : 1;
        }
        assertTrue(fragmentStarts > 1, "a cut pocket has several fragments");
    }

    @Test
    void aCarboxylicAcidEtherAnilideLigandFromGeometry() throws Exception {
        // RQ3 (efaproxiral, 1G9V): 2-methyl-2-phenoxy-propanoate with a 3,5-dimethylanilide
        Molecule ligand = Connectivity.fromFileBonds(prepared("1G9V_RQ3").ligand());
        AtomTypes types = IdatmTyper.type(ligand);
        Map<String, String> expected = Map.ofEntries(
                Map.entry("C1", "Cac"), Map.entry("O1", "O2-"), Map.entry("O2", "O2-"),  // carboxylate
                Map.entry("C2", "C3"), Map.entry("C3", "C3"), Map.entry("C4", "C3"),     // quaternary C, methyls
                Map.entry("O3", "O3"),                                                 // aryl ether O
                Map.entry("C5", "Car"), Map.entry("C6", "Car"), Map.entry("C10", "Car"), // phenylene
                Map.entry("C11", "C3"),                                                // benzylic CH2
                Map.entry("C12", "C2"), Map.entry("O4", "O2"),                         // amide C=O
                Map.entry("C13", "Car"), Map.entry("C18", "Car"),                      // dimethylphenyl ring
                Map.entry("C19", "C3"), Map.entry("C20", "C3"));                       // aryl methyls
        for (int i = 0; i < ligand.size(); i++) {
            String want = expected.get(ligand.atom(i).name());
            if (want != null) {
                assertEquals(want, types.of(i), "RQ3 " + ligand.atom(i).name());
            }
        }
    }

    @Test
    void aPhosphateMonoesterAndItsRibitylHydroxyls() throws Exception {
        // FMN in 1aku: P with four O neighbours, three of them terminal -> Pac; terminal O -> O3-;
        // the ribityl chain's hydroxyls are O3 and its carbons C3
        PreparedComplex c = prepared("1aku");
        Molecule ligand = Connectivity.fromPdb(c.ligand());
        AtomTypes types = IdatmTyper.type(ligand);
        Map<String, String> expected = Map.ofEntries(
                Map.entry("P", "Pac"), Map.entry("O1P", "O3-"), Map.entry("O2P", "O3-"), Map.entry("O3P", "O3-"),
                Map.entry("O5'", "O3"), Map.entry("O2'", "O3"), Map.entry("O3'", "O3"), Map.entry("O4'", "O3"),
                Map.entry("C1'", "C3"), Map.entry("C2'", "C3"), Map.entry("C5'", "C3"),
                Map.entry("C7M", "C3"), Map.entry("C8M", "C3"));
        int checked = 0;
        for (int i = 0; i < ligand.size(); i++) {
            String want = expected.get(ligand.atom(i).name());
            if (want != null) {
                assertEquals(want, types.of(i), "FMN " + ligand.atom(i).name());
                checked++;
            }
        }
        assertEquals(expected.size(), checked);
    }

    private static PreparedComplex prepared(String id) throws Exception {
        return ComplexPreparer.prepare(BundledSample.complex(id));
    }
}
