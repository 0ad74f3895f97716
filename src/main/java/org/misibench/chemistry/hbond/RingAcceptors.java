package org.misibench.chemistry.hbond;

import java.util.List;
import org.misibench.chemistry.Rings;

/**
 * The ring acceptor classes A25–A29 (spec §1.4 special finders, §1.5), tried after every non-ring
 * class so that a non-ring claim wins: unprotonated planar ring nitrogens, told apart by ring size
 * and by whether the ring is symmetric about the N, and oxygens in 5-rings.
 */
final class RingAcceptors {

    /** Where a ring class registers an acceptor. */
    @FunctionalInterface
    interface Claim {
        void claim(int atom, String label, AcceptorTest test);
    }

    private RingAcceptors() {
    }

    static void claim(TypedModel m, CriteriaProfile p, Claim out) {
        Rings rings = m.rings();
        for (int a = 0; a < m.size(); a++) { // A25 symmetric 6-ring N2
            if (sixRingN2(m, a) && symmetric(m, rings.of(a).get(0), a, 6)) {
                out.claim(a, "A25 symmetric 6-ring N", phiPsi(m, a, p, 3.17, 150, 145));
            }
        }
        for (int a = 0; a < m.size(); a++) {
            if (fiveRingPlanarN(m, a) && symmetric(m, rings.of(a).get(0), a, 5)) {
                out.claim(a, "A26 symmetric 5-ring N", phiPsi(m, a, p, 3.30, 140, 155));
            }
        }
        for (int a = 0; a < m.size(); a++) {
            if (sixRingN2(m, a) && !symmetric(m, rings.of(a).get(0), a, 6)) {
                out.claim(a, "A27 asymmetric 6-ring N", phiPsi(m, a, p, 3.30, 140, 140));
            }
        }
        for (int a = 0; a < m.size(); a++) {
            if (fiveRingPlanarN(m, a) && !symmetric(m, rings.of(a).get(0), a, 5)) {
                out.claim(a, "A28 asymmetric 5-ring N", phiPsi(m, a, p, 3.30, 150, 135));
            }
        }
        for (int a = 0; a < m.size(); a++) {
            if (m.element(a) == 8 && !m.hasMissingLink(a) && rings.of(a).stream().anyMatch(r -> r.length == 5)) {
                out.claim(a, "A29 5-ring O", phiPsi(m, a, p, 3.42, 150, 135));
            }
        }
    }

    private static AcceptorTest phiPsi(TypedModel m, int a, CriteriaProfile p, double r, double phi, double theta) {
        int[] nb = m.neighbours(a);
        List<Integer> bonded = nb.length >= 2 ? List.of(nb[0], nb[1]) : nb.length == 1 ? List.of(nb[0]) : List.of();
        double[] x = p.relax(r, phi, theta);
        return new AcceptorTest.PhiPsi(bonded, x[0], x[1], x[2]);
    }

    private static boolean sixRingN2(TypedModel m, int a) {
        return m.type(a).equals("N2") && !m.hasMissingLink(a) && m.rings().inExactlyOneRingOfSize(a, 6);
    }

    /** An N2, or an Npl/N2+ with two neighbours in a ring that holds another N, in exactly one 5-ring. */
    private static boolean fiveRingPlanarN(TypedModel m, int a) {
        if (m.hasMissingLink(a) || !m.rings().inExactlyOneRingOfSize(a, 5)) {
            return false;
        }
        String t = m.type(a);
        if (t.equals("N2")) {
            return true;
        }
        if ((t.equals("Npl") || t.equals("N2+")) && m.neighbours(a).length == 2) {
            for (int r : m.rings().of(a).get(0)) {
                if (r != a && m.element(r) == 7) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the ring is symmetric about atom {@code a}: its two ring neighbours have the same element, and
     * so do the next two ring atoms (the far pair of a 5-ring, the meta pair of a 6-ring).
     */
    private static boolean symmetric(TypedModel m, int[] ring, int a, int size) {
        int k = 0;
        while (ring[k] != a) {
            k++;
        }
        int left1 = ring[(k + 1) % size];
        int right1 = ring[(k + size - 1) % size];
        int left2 = ring[(k + 2) % size];
        int right2 = ring[(k + size - 2) % size];
        return m.element(left1) == m.element(right1) && m.element(left2) == m.element(right2);
    }
}
