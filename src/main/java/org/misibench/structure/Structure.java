package org.misibench.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Atoms and the bonds a file stated, as read: no atoms added or removed. Preparation (water
 * removal, pocket cut, connectivity, typing) makes new objects from it.
 *
 * @param location where it was read from, for error messages and provenance
 * @param atoms    atoms in file order
 * @param bonds    bonds the file states (CONECT, SDF/MOL2 bond blocks)
 */
public record Structure(String location, List<Atom> atoms, List<Bond> bonds) {

    public Structure {
        atoms = List.copyOf(atoms);
        bonds = List.copyOf(bonds);
    }

    /** Residues in the order their first atom appears, each with its atoms' indices. */
    public Map<ResidueId, List<Integer>> residues() {
        Map<ResidueId, List<Integer>> residues = new LinkedHashMap<>();
        for (int i = 0; i < atoms.size(); i++) {
            residues.computeIfAbsent(atoms.get(i).residue(), r -> new ArrayList<>()).add(i);
        }
        return residues;
    }
}
