package org.misibench.chemistry.idatm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The orders the ring pass assumes for bonds from a ring system to outside atoms (single, double or
 * ambiguous), judged from the outside atom's current type and its neighbours. These labels fix how
 * many ring double bonds each ring atom may take: a ring C with an exocyclic C=O has none.
 *
 * <p>Besides the labels it records the two lists the fallbacks need when no assignment fits: the
 * exocyclic bonds whose label is a guess that could be flipped (terminal O/S/C, either way), and
 * every outside neighbour with its bond (for the "uncertain neighbour" fallback).
 */
final class ExocyclicBondLabels {

    /** An exocyclic bond whose label may be flipped, with its outside atom. */
    record Flippable(AtomPair bond, int outside) {
    }

    /** An outside atom bonded to the system, with the bond. */
    record RingNeighbour(int outside, AtomPair bond) {
    }

    private final TypingState s;
    private final Map<AtomPair, BondOrder> labels = new HashMap<>();
    final List<Flippable> possiblyAmbiguous = new ArrayList<>();
    final List<RingNeighbour> ringNeighbours;

    private ExocyclicBondLabels(TypingState s) {
        this.s = s;
        this.ringNeighbours = new ArrayList<>();
    }

    static ExocyclicBondLabels of(TypingState s, RingSystem system) {
        ExocyclicBondLabels result = new ExocyclicBondLabels(s);
        TreeSet<RingNeighbour> neighbours = new TreeSet<>((x, y) -> x.outside != y.outside
                ? Integer.compare(x.outside, y.outside) : x.bond.compareTo(y.bond));
        for (int a : system.atoms) {
            for (int n : s.nb(a)) {
                if (system.contains(n)) {
                    continue;
                }
                AtomPair bond = AtomPair.of(a, n);
                neighbours.add(new RingNeighbour(n, bond));
                result.labels.put(bond, result.judge(a, n, bond));
            }
        }
        result.ringNeighbours.addAll(neighbours);
        return result;
    }

    /**
     * The label of bond a–b. A bond between two system atoms that belongs to no accepted ring has no label
     * and reads as AMBIGUOUS, as in ChimeraX.
     */
    BondOrder get(int a, int b) {
        return labels.getOrDefault(AtomPair.of(a, b), BondOrder.AMBIGUOUS);
    }

    boolean isLabelled(int a, int b) {
        return labels.containsKey(AtomPair.of(a, b));
    }

    void invert(AtomPair bond) {
        labels.put(bond, get(bond.low(), bond.high()).inverted());
    }

    /** The label of the bond from ring atom {@code a} to outside atom {@code n}. */
    private BondOrder judge(int a, int n, AtomPair bond) {
        if (s.ambiguousValence2C[n]) {
            return BondOrder.AMBIGUOUS;
        }
        if (!s.known(n)) {
            return BondOrder.SINGLE;
        }
        Geometry g = IdatmTable.geometry(s.type[n]).orElseThrow();
        if (g != Geometry.PLANAR) {
            if (g == Geometry.TETRAHEDRAL && s.bonds(n) == 1) {
                possiblyAmbiguous.add(new Flippable(bond, n)); // a terminal O3/S3 might really be =O/=S
            }
            return BondOrder.SINGLE;
        }
        if (s.is(n, "N")) {
            return BondOrder.SINGLE; // an amino or amide N on a ring is planar but singly bonded (aniline)
        }
        if (s.bonds(n) == 1) {
            if (s.is(a, "N") && s.is(n, "O")) {
                return BondOrder.SINGLE; // N-oxide
            }
            possiblyAmbiguous.add(new Flippable(bond, n));
            return BondOrder.DOUBLE;
        }
        return judgeByNeighbours(a, n);
    }

    /**
     * A planar outside atom with further neighbours. If one of those neighbours is planar and has no planar
     * neighbour of its own, the outside atom's double bond lies outside the ring (acyl C=O, vinyl): SINGLE.
     * If planar atoms continue beyond (biaryl, conjugated chain), either is possible: AMBIGUOUS. Otherwise
     * the outside atom can only be double-bonded to the ring: DOUBLE. A 2-neighbour C2 whose angle left
     * room for the ring pass to decide starts as ambiguous.
     */
    private BondOrder judgeByNeighbours(int a, int n) {
        boolean ambiguous = s.redo[n] == -1;
        for (int n2 : s.nb(n)) {
            if (n2 == a || !s.planar(n2)) {
                continue;
            }
            boolean planarBeyond = false;
            for (int n3 : s.nb(n2)) {
                if (n3 != n && s.planar(n3)) {
                    planarBeyond = true;
                }
            }
            if (!planarBeyond) {
                return BondOrder.SINGLE;
            }
            ambiguous = true;
        }
        return ambiguous ? BondOrder.AMBIGUOUS : BondOrder.DOUBLE;
    }
}
