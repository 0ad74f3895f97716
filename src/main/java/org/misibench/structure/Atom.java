package org.misibench.structure;

import org.misibench.geometry.Vec3;

/**
 * One atom as read from a file.
 *
 * @param serial    the file's serial number (PDB) or 1-based position (SDF, MOL2)
 * @param name      the atom name, e.g. {@code CA}, {@code O1B}
 * @param element   the element
 * @param residue   the residue it belongs to (ligand files: one residue for the whole molecule)
 * @param altLoc    the alternate-location indicator kept, or a space
 * @param occupancy the occupancy (1 where the format has none)
 * @param hetero    true for PDB HETATM records and for ligand files
 * @param position  coordinates in Å, in the file's frame
 */
public record Atom(int serial, String name, Element element, ResidueId residue, char altLoc, double occupancy,
                   boolean hetero, Vec3 position) {

    public boolean isHydrogen() {
        return element.isHydrogen();
    }

    /** True for HOH/WAT/DOD/H2O residues. */
    public boolean isWater() {
        return switch (residue.name()) {
            case "HOH", "WAT", "DOD", "H2O", "SOL" -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return residue + " " + name;
    }
}
