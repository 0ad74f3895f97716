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

    /** The atoms at {@code indices} (in that order) and the bonds among them, re-indexed. */
    public Structure subset(List<Integer> indices) {
        int[] newIndex = new int[atoms.size()];
        java.util.Arrays.fill(newIndex, -1);
        List<Atom> kept = new ArrayList<>(indices.size());
        for (int i : indices) {
            newIndex[i] = kept.size();
            kept.add(atoms.get(i));
        }
        List<Bond> keptBonds = new ArrayList<>();
        for (Bond b : bonds) {
            if (newIndex[b.first()] >= 0 && newIndex[b.second()] >= 0) {
                keptBonds.add(new Bond(newIndex[b.first()], newIndex[b.second()], b.order()));
            }
        }
        return new Structure(location, kept, keptBonds);
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
