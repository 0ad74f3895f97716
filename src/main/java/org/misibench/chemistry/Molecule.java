package org.misibench.chemistry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.misibench.structure.Atom;

/**
 * Atoms and their bonds as ChimeraX would hold them after opening a file: neighbours in
 * bond-creation order (the chem-group matcher depends on it), missing-structure links at chain
 * breaks, and metal-coordination pseudobonds. Build it with {@link Connectivity}.
 */
public final class Molecule {

    private final List<Atom> atoms;
    private final int[][] neighbours;
    private final int[] missingLinks;
    private final int[] metalLinks;

    Molecule(List<Atom> atoms, List<List<Integer>> neighbours, int[] missingLinks, int[] metalLinks) {
        this.atoms = List.copyOf(atoms);
        this.neighbours = new int[atoms.size()][];
        for (int i = 0; i < atoms.size(); i++) {
            this.neighbours[i] = neighbours.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        this.missingLinks = missingLinks.clone();
        this.metalLinks = metalLinks.clone();
    }

    public List<Atom> atoms() {
        return atoms;
    }

    public int size() {
        return atoms.size();
    }

    public Atom atom(int i) {
        return atoms.get(i);
    }

    /** Bonded neighbours of atom {@code i}, in bond-creation order. */
    public int[] neighbours(int i) {
        return neighbours[i];
    }

    public boolean bonded(int i, int j) {
        for (int n : neighbours[i]) {
            if (n == j) {
                return true;
            }
        }
        return false;
    }

    /** Neighbours that are not hydrogen. */
    public int heavyNeighbourCount(int i) {
        int count = 0;
        for (int n : neighbours[i]) {
            count += atoms.get(n).isHydrogen() ? 0 : 1;
        }
        return count;
    }

    /** Missing-structure pseudobonds on atom {@code i} (chain breaks in a pocket). */
    public int missingLinks(int i) {
        return missingLinks[i];
    }

    /** Metal-coordination pseudobonds on atom {@code i}. */
    public int metalLinks(int i) {
        return metalLinks[i];
    }

    /** Bonds as index pairs (i &lt; j), each once. */
    public List<int[]> bonds() {
        List<int[]> bonds = new ArrayList<>();
        for (int i = 0; i < neighbours.length; i++) {
            for (int j : neighbours[i]) {
                if (i < j) {
                    bonds.add(new int[] {i, j});
                }
            }
        }
        return bonds;
    }

    @Override
    public String toString() {
        return "Molecule[" + atoms.size() + " atoms, " + bonds().size() + " bonds, missing links "
                + Arrays.stream(missingLinks).sum() / 2 + "]";
    }
}
