package org.misibench.chemistry.idatm;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * IDATM types of standard residues from ChimeraX's templates (spec §1.11 step 0.5). Backbone
 * types depend on the residue's context ({@link #backbone}); side chains are fixed per residue.
 */
final class TemplateTypes {

    private static final Map<String, Map<String, String>> SIDE_CHAINS = new HashMap<>();

    static {
        side("GLY", "");
        side("ALA", "CB C3");
        side("ARG", "CB C3 CG C3 CD C3 NE Ng+ CZ C2 NH1 Ng+ NH2 Ng+");
        side("ASN", "CB C3 CG C2 OD1 O2 ND2 Npl");
        side("ASP", "CB C3 CG Cac OD1 O2- OD2 O2-");
        side("CYS", "CB C3 SG S3");
        side("GLN", "CB C3 CG C3 CD C2 OE1 O2 NE2 Npl");
        side("GLU", "CB C3 CG C3 CD Cac OE1 O2- OE2 O2-");
        side("HIS", "CB C3 CG Car CD2 Car CE1 Car ND1 Npl NE2 Npl");
        side("HID", "CB C3 CG Car CD2 Car CE1 Car ND1 Npl NE2 N2");
        side("HIE", "CB C3 CG Car CD2 Car CE1 Car ND1 N2 NE2 Npl");
        side("HIP", "CB C3 CG C2 CD2 C2 CE1 C2 ND1 Npl NE2 Npl");
        side("ILE", "CB C3 CG1 C3 CG2 C3 CD1 C3");
        side("LEU", "CB C3 CG C3 CD1 C3 CD2 C3");
        side("LYS", "CB C3 CG C3 CD C3 CE C3 NZ N3+");
        side("MET", "CB C3 CG C3 SD S3 CE C3");
        side("MSE", "CB C3 CG C3 SE Se CE C3");
        side("PHE", "CB C3 CG Car CD1 Car CD2 Car CE1 Car CE2 Car CZ Car");
        side("PRO", "CB C3 CG C3 CD C3");
        side("HYP", "CB C3 CG C3 CD C3 OD1 O3");
        side("SER", "CB C3 OG O3");
        side("THR", "CB C3 OG1 O3 CG2 C3");
        side("TRP", "CB C3 CG Car CD1 Car CD2 Car NE1 Npl CE2 Car CE3 Car CZ2 Car CZ3 Car CH2 Car");
        side("TYR", "CB C3 CG Car CD1 Car CD2 Car CE1 Car CE2 Car CZ Car OH O3");
        side("VAL", "CB C3 CG1 C3 CG2 C3");
    }

    private TemplateTypes() {
    }

    private static void side(String residue, String pairs) {
        Map<String, String> types = new HashMap<>();
        String[] f = pairs.trim().isEmpty() ? new String[0] : pairs.trim().split("\\s+");
        for (int i = 0; i < f.length; i += 2) {
            types.put(f[i], f[i + 1]);
        }
        SIDE_CHAINS.put(residue, types);
    }

    /** True when {@code residue} (with these atom names) is typed from a template. */
    static boolean hasTemplate(String residue, Set<String> atomNames) {
        return SIDE_CHAINS.containsKey(residue) || residue.equals("HOH") || residue.equals("ACE")
                || (residue.equals("UNK") && atomNames.containsAll(Set.of("N", "CA", "C")));
    }

    /**
     * The template type of a heavy atom, if the template names it.
     *
     * @param terminalN   the residue's N has no bond to another residue (N-terminus or chain-break fragment)
     * @param hasOxt      the residue has an OXT atom (C-terminal carboxylate)
     * @param atomNames   all atom names of the residue (for the ASP/GLU protonation variants)
     */
    static Optional<String> type(String residue, String atom, boolean terminalN, boolean hasOxt, Set<String> atomNames) {
        if (residue.equals("HOH")) {
            return atom.equals("O") ? Optional.of("O3") : Optional.empty();
        }
        if (residue.equals("ACE")) {
            return Optional.ofNullable(Map.of("C", "C2", "O", "O2", "CH3", "C3").get(atom));
        }
        String name = residue.equals("UNK") ? "GLY" : residue;
        Optional<String> backbone = backbone(atom, terminalN, hasOxt);
        if (backbone.isPresent()) {
            return backbone;
        }
        if (name.equals("ASP") || name.equals("GLU")) {
            Optional<String> acid = protonatedAcid(name, atom, atomNames);
            if (acid.isPresent()) {
                return acid;
            }
        }
        Map<String, String> side = SIDE_CHAINS.get(name);
        return side == null ? Optional.empty() : Optional.ofNullable(side.get(atom));
    }

    private static Optional<String> backbone(String atom, boolean terminalN, boolean hasOxt) {
        return switch (atom) {
            case "N" -> Optional.of(terminalN ? "N3+" : "Npl");
            case "CA" -> Optional.of("C3");
            case "C" -> Optional.of(hasOxt ? "Cac" : "C2");
            case "O" -> Optional.of(hasOxt ? "O2-" : "O2");
            case "OXT" -> Optional.of("O2-");
            default -> Optional.empty();
        };
    }

    /** ASP/GLU with an explicit acid H (HD1/HD2, HE1/HE2): neutral carboxylic acid types. */
    private static Optional<String> protonatedAcid(String residue, String atom, Set<String> atomNames) {
        boolean asp = residue.equals("ASP");
        String c = asp ? "CG" : "CD";
        String o1 = asp ? "OD1" : "OE1";
        String o2 = asp ? "OD2" : "OE2";
        String h1 = asp ? "HD1" : "HE1";
        String h2 = asp ? "HD2" : "HE2";
        boolean onFirst = atomNames.contains(h1);
        boolean onSecond = atomNames.contains(h2);
        if (!onFirst && !onSecond) {
            return Optional.empty();
        }
        if (atom.equals(c)) {
            return Optional.of("C2");
        }
        if (atom.equals(o1)) {
            return Optional.of(onFirst ? "O3" : "O2");
        }
        if (atom.equals(o2)) {
            return Optional.of(onFirst ? "O2" : "O3");
        }
        return Optional.empty();
    }
}
