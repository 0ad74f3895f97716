package org.misibench.scoring;

/**
 * A pocket-level hydrogen bond as answered in T9: {@code ARG 45 NH2 A, O1B} (residue name, residue number,
 * residue atom, chain, ligand atom). The residue number is kept as text because PDB numbering may carry an
 * insertion code ({@code 184A}); all parts are upper-case so that bonds compare case-insensitively.
 */
public record PocketBond(String residueName, String residueNumber, String atomName, String chain,
                         String ligandAtom) {

    public PocketBond {
        residueName = ResidueBond.upper(residueName, "residueName");
        residueNumber = ResidueBond.upper(residueNumber, "residueNumber");
        atomName = ResidueBond.upper(atomName, "atomName");
        chain = ResidueBond.upper(chain, "chain");
        ligandAtom = ResidueBond.upper(ligandAtom, "ligandAtom");
    }

    /** The canonical text, e.g. {@code "ARG 45 NH2 A, O1B"}. */
    @Override
    public String toString() {
        return residueName + " " + residueNumber + " " + atomName + " " + chain + ", " + ligandAtom;
    }
}
