package org.misibench.chemistry.idatm;

import org.misibench.chemistry.Molecule;
import org.misibench.chemistry.Rings;
import org.misibench.geometry.Vec3;
import org.misibench.structure.Atom;

/**
 * The mutable working state of one typing run: current types, which atoms the geometric passes
 * may change, recheck flags, and small geometric helpers the passes share.
 */
final class TypingState {

    final Molecule m;
    final Rings rings;
    final String[] type;
    /** True for atoms the geometric passes type (not from a template). */
    final boolean[] free;
    /** Recheck flags of pass 2 (1, 2, 3, -1, 4), 0 when none. */
    final int[] flag;
    final boolean[] ambiguous;
    /** Atoms typed by the aromatic-ring pass (4.5), and atoms of rings it found aromatic. */
    final boolean[] setByRingPass;
    final boolean[] inAromaticRing;

    TypingState(Molecule m, Rings rings) {
        this.m = m;
        this.rings = rings;
        int n = m.size();
        this.type = new String[n];
        this.free = new boolean[n];
        this.flag = new int[n];
        this.ambiguous = new boolean[n];
        this.setByRingPass = new boolean[n];
        this.inAromaticRing = new boolean[n];
        for (int i = 0; i < n; i++) {
            type[i] = m.atom(i).element().symbol();
        }
    }

    Atom atom(int i) {
        return m.atom(i);
    }

    int[] nb(int i) {
        return m.neighbours(i);
    }

    int bonds(int i) {
        return m.neighbours(i).length;
    }

    int heavy(int i) {
        return m.heavyNeighbourCount(i);
    }

    String el(int i) {
        return m.atom(i).element().symbol();
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

    Vec3 pos(int i) {
        return m.atom(i).position();
    }

    double angle(int a, int centre, int b) {
        return Vec3.angle(pos(a), pos(centre), pos(b));
    }

    /** An O (or other atom) with exactly one heavy neighbour. */
    boolean freeO(int i) {
        return is(i, "O") && heavy(i) == 1;
    }

    /** An atom whose only neighbour is the one it hangs from: terminal, counting H too. */
    boolean terminal(int i) {
        return bonds(i) == 1;
    }

    boolean planar(int i) {
        return IdatmTable.isPlanar(type[i]);
    }

    boolean hydrogenLike(int i) {
        return switch (type[i]) {
            case "H", "HC", "D", "DC" -> true;
            default -> false;
        };
    }
}
