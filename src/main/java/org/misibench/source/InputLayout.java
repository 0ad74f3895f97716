package org.misibench.source;

/** How a complex's files are laid out. */
public enum InputLayout {
    /** PDBbind / PoseBusters: {@code <id>_protein.pdb} or {@code <id>_pocket.pdb} plus {@code <id>_ligand.sdf|mol2}. */
    PROTEIN_AND_LIGAND_FILES,
    /** A whole PDB or mmCIF entry with the ligand as a HETATM group in the same file. */
    WHOLE_ENTRY
}
