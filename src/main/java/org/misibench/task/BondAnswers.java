package org.misibench.task;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.misibench.chemistry.hbond.HBond;
import org.misibench.structure.Atom;

/**
 * H-bonds as answer text (spec §5): pocket level {@code RES NUM ATOM CHAIN, LIGATOM} (T8, T9) and
 * residue level {@code RES ATOM, LIGATOM} (T4), protein side first, bonds joined by {@code "; "},
 * each pocket–ligand atom pair once even when both directions were found.
 */
public final class BondAnswers {

    private BondAnswers() {
    }

    /** {@code ARG 45 NH2 A, O1B} */
    public static String pocketLevel(HBond bond) {
        Atom p = bond.pocketAtom();
        return p.residue().label() + " " + p.name() + " " + p.residue().chain() + ", " + bond.ligandAtom().name();
    }

    /** {@code ARG NH2, O1B} */
    public static String residueLevel(HBond bond) {
        return bond.pocketAtom().residue().name() + " " + bond.pocketAtom().name() + ", " + bond.ligandAtom().name();
    }

    /** T9's answer: every bond at pocket level, or {@code No}. */
    public static String pocketAnswer(List<HBond> bonds) {
        Set<String> text = new LinkedHashSet<>();
        bonds.forEach(b -> text.add(pocketLevel(b)));
        return text.isEmpty() ? "No" : String.join("; ", text);
    }

    /** T4's answer: {@code Yes: …} with the residue's bonds at residue level, or {@code No}. */
    public static String residueAnswer(List<HBond> bonds) {
        Set<String> text = new LinkedHashSet<>();
        bonds.forEach(b -> text.add(residueLevel(b)));
        return text.isEmpty() ? "No" : "Yes: " + String.join("; ", text);
    }
}
