package org.misibench.complex;

import java.util.List;
import org.misibench.structure.ResidueId;
import org.misibench.structure.Structure;

/**
 * A complex ready for chemistry and rendering: the ligand and the pocket around it, waters
 * removed, explicit hydrogens kept, coordinates in the source file's frame.
 *
 * @param id             the complex id
 * @param ligand         the ligand's atoms and stated bonds
 * @param pocket         atoms of every residue with a heavy atom within {@code pocketRadius} of a
 *                       ligand heavy atom, in file order
 * @param pocketResidues the pocket's residues in file order
 * @param ligandRef      the ligand as {@code CCD:chain:resnum} (from the entry or the ligand file)
 * @param pocketRadius   the cut-off used, in Å
 */
public record PreparedComplex(String id, Structure ligand, Structure pocket, List<ResidueId> pocketResidues,
                              String ligandRef, double pocketRadius) {

    public PreparedComplex {
        pocketResidues = List.copyOf(pocketResidues);
    }
}
