package org.misibench.scoring;

import java.util.Locale;
import java.util.Objects;

/**
 * A residue-level hydrogen bond as answered in T4: {@code ARG NH2, O1B} (residue name, residue atom, ligand
 * atom). Names are kept upper-case so that bonds compare case-insensitively with plain {@code equals}.
 */
public record ResidueBond(String residueName, String atomName, String ligandAtom) {

    public ResidueBond {
        residueName = upper(residueName, "residueName");
        atomName = upper(atomName, "atomName");
        ligandAtom = upper(ligandAtom, "ligandAtom");
    }

    static String upper(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return s.toUpperCase(Locale.ROOT);
    }

    /** The canonical text, e.g. {@code "ARG NH2, O1B"}. */
    @Override
    public String toString() {
        return residueName + " " + atomName + ", " + ligandAtom;
    }
}
