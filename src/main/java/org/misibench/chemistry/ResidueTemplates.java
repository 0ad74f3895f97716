package org.misibench.chemistry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Heavy-atom bonds of the standard residues ChimeraX connects from templates (spec §1.11 step 0.5,
 * §1.12): the amino acids and their protonation variants, MSE, HYP, ACE. Hydrogens are bonded to
 * the closest heavy atom of their residue instead of by name, which gives the same bonds for any
 * sensibly placed H whatever naming convention the file uses.
 */
public final class ResidueTemplates {

    private static final String BACKBONE = "N-CA CA-C C-O C-OXT";
    private static final Map<String, List<String[]>> BONDS = new HashMap<>();

    static {
        define("GLY", "");
        define("ALA", "CA-CB");
        define("ARG", "CA-CB CB-CG CG-CD CD-NE NE-CZ CZ-NH1 CZ-NH2");
        define("ASN", "CA-CB CB-CG CG-OD1 CG-ND2");
        define("ASP", "CA-CB CB-CG CG-OD1 CG-OD2");
        define("CYS", "CA-CB CB-SG");
        define("GLN", "CA-CB CB-CG CG-CD CD-OE1 CD-NE2");
        define("GLU", "CA-CB CB-CG CG-CD CD-OE1 CD-OE2");
        for (String his : List.of("HIS", "HID", "HIE", "HIP")) {
            define(his, "CA-CB CB-CG CG-ND1 CG-CD2 ND1-CE1 CD2-NE2 CE1-NE2");
        }
        define("ILE", "CA-CB CB-CG1 CB-CG2 CG1-CD1");
        define("LEU", "CA-CB CB-CG CG-CD1 CG-CD2");
        define("LYS", "CA-CB CB-CG CG-CD CD-CE CE-NZ");
        define("MET", "CA-CB CB-CG CG-SD SD-CE");
        define("MSE", "CA-CB CB-CG CG-SE SE-CE");
        define("PHE", "CA-CB CB-CG CG-CD1 CG-CD2 CD1-CE1 CD2-CE2 CE1-CZ CE2-CZ");
        define("PRO", "CA-CB CB-CG CG-CD CD-N");
        define("HYP", "CA-CB CB-CG CG-CD CD-N CG-OD1");
        define("SER", "CA-CB CB-OG");
        define("THR", "CA-CB CB-OG1 CB-CG2");
        define("TRP", "CA-CB CB-CG CG-CD1 CG-CD2 CD1-NE1 NE1-CE2 CD2-CE2 CD2-CE3 CE2-CZ2 CE3-CZ3 CZ2-CH2 CZ3-CH2");
        define("TYR", "CA-CB CB-CG CG-CD1 CG-CD2 CD1-CE1 CD2-CE2 CE1-CZ CE2-CZ CZ-OH");
        define("VAL", "CA-CB CB-CG1 CB-CG2");
        BONDS.put("ACE", parse("C-O C-CH3"));
    }

    /** Residue names whose N–CA–C backbone links them into a chain. */
    private static final Set<String> NOT_CHAIN = Set.of("ACE");

    private ResidueTemplates() {
    }

    private static void define(String name, String sideChain) {
        BONDS.put(name, parse(BACKBONE + " " + sideChain));
    }

    private static List<String[]> parse(String bonds) {
        return java.util.Arrays.stream(bonds.trim().split("\\s+")).filter(b -> !b.isEmpty())
                .map(b -> b.split("-")).toList();
    }

    /**
     * The template bonds of {@code residueName} (as atom-name pairs), if it has a template.
     * UNK with N, CA and C is treated as GLY, as ChimeraX does.
     */
    public static Optional<List<String[]>> bonds(String residueName, Set<String> atomNames) {
        if (residueName.equals("UNK") && atomNames.containsAll(Set.of("N", "CA", "C"))) {
            return Optional.of(BONDS.get("GLY"));
        }
        return Optional.ofNullable(BONDS.get(residueName));
    }

    /** True for templated residues that are chain members (amino acids), linked C→N to the next one. */
    public static boolean isChainResidue(String residueName, Set<String> atomNames) {
        return bonds(residueName, atomNames).isPresent() && !NOT_CHAIN.contains(residueName);
    }
}
