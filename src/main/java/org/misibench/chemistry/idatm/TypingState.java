package org.misibench.chemistry.idatm;

import java.util.ArrayList;
import java.util.List;
import org.misibench.chemistry.Molecule;
import org.misibench.chemistry.Rings;
import org.misibench.geometry.Vec3;
import org.misibench.structure.Atom;

/**
 * The mutable working state of one typing run: current types, which atoms the geometric passes
 * may change, the bookkeeping the passes hand to each other, and small geometric helpers.
 */
final class TypingState {

    final Molecule m;
    final String[] type;
    /** True for atoms the geometric passes type: no template gave them a type. */
    final boolean[] free;
    /** True for atoms of residues typed from a template; their rings take no part in ring perception. */
    final boolean[] templatedResidue;
    /**
     * Recheck marks of pass 2, read by pass 4 and by the ring pass: 1 (2-neighbour C3), 2 (2-neighbour N3),
     * 3 (2-neighbour C2, angle below 122°), −1 (2-neighbour C2 the ring pass may turn into C3); 0 for none.
     */
    final int[] redo;
    /**
     * 2-neighbour carbons whose angle lies within 1.5° of the C2/C3 boundary. The ring pass treats a bond to
     * one of them as of unknown order. Set in pass 2 and never cleared.
     */
    final boolean[] ambiguousValence2C;
    /** 2-bond ring nitrogens that the ring pass typed Npl or N2; passes 7 and 8 leave them alone. */
    final boolean[] ringAssignedN;

    private final List<int[]> typingRings;
    private final List<List<int[]>> typingRingsOfAtom;

    TypingState(Molecule m, Rings rings, boolean[] free, boolean[] templatedResidue, String[] initialTypes) {
        this.m = m;
        int n = m.size();
        this.type = initialTypes.clone();
        this.free = free.clone();
        this.templatedResidue = templatedResidue.clone();
        this.redo = new int[n];
        this.ambiguousValence2C = new boolean[n];
        this.ringAssignedN = new boolean[n];
        this.typingRings = new ArrayList<>();
        this.typingRingsOfAtom = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            typingRingsOfAtom.add(new ArrayList<>());
        }
        for (int[] ring : rings.all()) {
            if (!templatedResidue[ring[0]]) { // rings never cross residues, so one atom decides
                typingRings.add(ring);
                for (int a : ring) {
                    typingRingsOfAtom.get(a).add(ring);
                }
            }
        }
    }

    Atom atom(int i) {
        return m.atom(i);
    }

    int[] nb(int i) {
        return m.neighbours(i);
    }

    /** All bonds of the atom, hydrogens included. */
    int bonds(int i) {
        return m.neighbours(i).length;
    }

    /**
     * Heavy-atom neighbours, as pass 1 records them: only atoms being typed get a count, so a templated atom
     * reads as 0 (ChimeraX counts them only for untyped atoms).
     */
    int heavys(int i) {
        return free[i] ? m.heavyNeighbourCount(i) : 0;
    }

    String el(int i) {
        return m.atom(i).element().symbol();
    }

    int atomicNumber(int i) {
        return m.atom(i).element().atomicNumber();
    }

    boolean is(int i, String element) {
        return el(i).equals(element);
    }

    boolean isH(int i) {
        return m.atom(i).isHydrogen();
    }

    double dist(int i, int j) {
        return pos(i).distance(pos(j));
    }

    /** Squared distance: the length tests of passes 2–5 compare these with squared cutoffs. */
    double sqDist(int i, int j) {
        return pos(i).distanceSquared(pos(j));
    }

    Vec3 pos(int i) {
        return m.atom(i).position();
    }

    double angle(int a, int centre, int b) {
        return Vec3.angle(pos(a), pos(centre), pos(b));
    }

    /** The type is in the IDATM table (element-only types such as Cl, S, P and metals are not). */
    boolean known(int i) {
        return IdatmTable.isKnown(type[i]);
    }

    boolean planar(int i) {
        return IdatmTable.isPlanar(type[i]);
    }

    boolean typed(int i, String t) {
        return type[i].equals(t);
    }

    /**
     * All neighbours are C3, H or D (vacuously true with none): an N there is taken as protonated at
     * physiological pH. HC and DC do not count, as in ChimeraX.
     */
    boolean onlyC3OrHydrogenNeighbours(int i) {
        for (int j : nb(i)) {
            if (!typed(j, "C3") && !typed(j, "H") && !typed(j, "D")) {
                return false;
            }
        }
        return true;
    }

    /** The minimal intra-residue rings of residues typed geometrically: the rings all IDATM passes look at. */
    List<int[]> typingRings() {
        return typingRings;
    }

    boolean inTypingRing(int i) {
        return !typingRingsOfAtom.get(i).isEmpty();
    }

    /**
     * True when the atom lies in a ring that is aromatic right now: one whose carbons are all typed Car
     * (a ring without carbon counts). This is read at query time, so types set by earlier passes count.
     */
    boolean aromaticRing(int i) {
        for (int[] ring : typingRingsOfAtom.get(i)) {
            boolean allCar = true;
            for (int a : ring) {
                allCar &= !is(a, "C") || typed(a, "Car");
            }
            if (allCar) {
                return true;
            }
        }
        return false;
    }
}
