package org.misibench.chemistry.hbond;

import java.util.ArrayList;
import java.util.List;
import org.misibench.geometry.Vec3;

/**
 * The tau test (spec §1.8.5, geometry notes §4): looking down the bond from atom X to its first heavy
 * neighbour N₀, the partner must lie within |τ| of some reference substituent (τ &lt; 0), or at least τ
 * away from all of them (τ &gt; 0). X is a donor (partner = acceptor) or the aniline acceptor
 * (partner = donor). The references are X's own H when there are τ-sym/2 of them, otherwise N₀'s
 * other substituents and empty slots.
 */
final class TauTest {

    private TauTest() {
    }

    /**
     * @param tau      relaxed tau in degrees, NaN when the class has none
     * @param symmetry the tau symmetry (2, 4 or 6)
     * @throws PairSkipped when the reference count does not fit the symmetry (ChimeraX's AtomTypeError)
     */
    static boolean passes(double tau, int symmetry, TypedModel m, int x, Vec3 xPos, Vec3 other) {
        if (Double.isNaN(tau)) {
            return true;
        }
        List<Vec3> refs = symmetry == 4 ? new ArrayList<>(HydrogenPositions.of(m, x)) : new ArrayList<>();
        List<Integer> heavy = m.heavyNeighbours(x);
        if (heavy.isEmpty()) {
            return true; // no axis to look down; UT donors were already required to have one heavy neighbour
        }
        int n0 = heavy.get(0);
        if (2 * refs.size() != symmetry) {
            refs = new ArrayList<>(HydrogenPositions.withEmptySlots(m, n0));
            for (int g : m.neighbours(n0)) {
                if (g != x && m.element(g) > 1) {
                    refs.add(m.pos(g));
                }
            }
            if (refs.isEmpty()) {
                return true;
            }
        }
        if (2 * refs.size() != symmetry) {
            throw new PairSkipped("tau symmetry " + symmetry + " but " + refs.size() + " reference positions");
        }
        return check(tau, m.pos(n0), xPos, other, refs);
    }

    private static boolean check(double tau, Vec3 n0, Vec3 xPos, Vec3 other, List<Vec3> refs) {
        if (tau == 0) {
            return true;
        }
        Vec3 n = BondPositions.unit(n0.minus(xPos));
        Vec3 o = flatten(other, n);
        Vec3 x = flatten(xPos, n);
        for (Vec3 r : refs) {
            double a = AngleTests.angle(o, x, flatten(r, n));
            if (tau < 0 && a <= -tau) {
                return true;
            }
            if (tau > 0 && a < tau) {
                return false;
            }
        }
        return tau > 0;
    }

    /** Projection onto the plane through the origin with normal {@code n}. */
    private static Vec3 flatten(Vec3 p, Vec3 n) {
        return p.minus(n.times(n.dot(p)));
    }
}
