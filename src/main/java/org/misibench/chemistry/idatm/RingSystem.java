package org.misibench.chemistry.idatm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.misibench.chemistry.Molecule;

/**
 * Rings accepted by the ring pass that share bonds, taken together: bond orders are assigned to the
 * whole system at once, because a fused ring's double bonds depend on its neighbours'. An
 * assignment is an {@code int[]} of orders 1 or 2, one per system bond, indexed like {@link #bonds}.
 */
final class RingSystem {

    final Molecule m;
    final List<int[]> rings;
    /** Atom indices, ascending. */
    final List<Integer> atoms;
    /** The bonds of all rings, each once, ascending: the order in which assignments are built. */
    final List<AtomPair> bonds;
    private final Map<AtomPair, Integer> bondIndex = new HashMap<>();

    RingSystem(Molecule m, List<int[]> rings) {
        this.m = m;
        this.rings = List.copyOf(rings);
        TreeSet<Integer> atomSet = new TreeSet<>();
        TreeSet<AtomPair> bondSet = new TreeSet<>();
        for (int[] ring : rings) {
            for (int a : ring) {
                atomSet.add(a);
            }
            bondSet.addAll(ringBonds(ring));
        }
        this.atoms = List.copyOf(atomSet);
        this.bonds = List.copyOf(bondSet);
        for (int i = 0; i < bonds.size(); i++) {
            bondIndex.put(bonds.get(i), i);
        }
    }

    /** The bonds of one ring, from its atoms in ring order. */
    static List<AtomPair> ringBonds(int[] ring) {
        List<AtomPair> bonds = new ArrayList<>();
        for (int i = 0; i < ring.length; i++) {
            bonds.add(AtomPair.of(ring[i], ring[(i + 1) % ring.length]));
        }
        return bonds;
    }

    boolean contains(int atom) {
        return atoms.contains(atom);
    }

    /** The index of bond a–b among {@link #bonds}, or −1 when it is not a system bond. */
    int bondIndex(int a, int b) {
        return bondIndex.getOrDefault(AtomPair.of(a, b), -1);
    }

    /** The order of bond a–b under an assignment; 0 when it is not a system bond. */
    int order(int[] assignment, int a, int b) {
        int k = bondIndex(a, b);
        return k < 0 ? 0 : assignment[k];
    }

    /**
     * A positively charged ring N under an assignment: its system-bond orders plus one per bond outside the
     * system add up to 4 (pyridinium, N-oxide, a 3-bond N with a ring double bond).
     */
    boolean isN2Plus(int[] assignment, int atom) {
        int sum = 0;
        int target = 4;
        for (int x : m.neighbours(atom)) {
            int k = bondIndex(atom, x);
            if (k < 0) {
                target--;
            } else {
                sum += assignment[k];
            }
        }
        return sum == target;
    }

    /** A positively charged ring O (pyrylium): all its bonds are system bonds and their orders add up to 3. */
    boolean isOarPlus(int[] assignment, int atom) {
        int sum = 0;
        for (int x : m.neighbours(atom)) {
            int k = bondIndex(atom, x);
            if (k < 0) {
                return false;
            }
            sum += assignment[k];
        }
        return sum == 3;
    }

    /** The atom is also in another ring of this system: a fusion atom. */
    boolean inAnotherRing(int atom, int[] ring) {
        for (int[] other : rings) {
            if (other != ring && contains(other, atom)) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(int[] ring, int atom) {
        for (int a : ring) {
            if (a == atom) {
                return true;
            }
        }
        return false;
    }
}
