package org.misibench.chemistry.hbond;

import java.util.ArrayList;
import java.util.List;
import org.misibench.geometry.Vec3;

/**
 * The acceptor-side geometry test of one acceptor class (spec §1.8.2), with its parameters already
 * relaxed by the criteria profile. Distances are Å, angles degrees; a maximum angle keeps ChimeraX's
 * negative encoding (see {@link AngleTests#upsilon}).
 */
sealed interface AcceptorTest {

    /** ChimeraX's sulfur compensation: a sulfur donor may be this much farther away (not relaxed). */
    double SULFUR_BONUS = 0.35;

    /** Whether a donor at {@code donor} with H positions {@code hydrogens} satisfies this acceptor. */
    boolean passes(TypedModel m, int acceptor, Vec3 donor, List<Vec3> hydrogens, boolean donorIsSulfur);

    /** The largest acceptor-to-donor distance this test can accept for a sulfur donor. */
    private static double reach(double r, boolean sulfur) {
        return sulfur ? r + SULFUR_BONUS : r;
    }

    private static boolean within(Vec3 a, Vec3 b, double r) {
        return a.distanceSquared(b) <= r * r;
    }

    /** Syn/anti (SA): carboxylate-like O; the side of the donor relative to the syn reference picks the criteria. */
    record SynAnti(int planeAtom, int synRef, double[] syn, double[] anti) implements AcceptorTest {
        @Override
        public boolean passes(TypedModel m, int acc, Vec3 d, List<Vec3> hyds, boolean sulfur) {
            Vec3 a = m.pos(acc);
            Vec3 p = m.pos(planeAtom);
            Vec3 s = m.pos(synRef);
            Vec3 u = BondPositions.unit(p.minus(a));
            Vec3 sp = s.minus(p);
            Vec3 y = sp.minus(u.times(sp.dot(u))).normalized();
            double[] c = d.minus(a).dot(y) > 0 ? syn : anti;
            if (!within(a, d, reach(c[0], sulfur))) {
                return false;
            }
            return AngleTests.phi(d, a, new AngleTests.PhiPlane(a, p, s, p), c[1]) && AngleTests.theta(d, hyds, a, c[2]);
        }
    }

    /** Phi/psi (PP): the phi angle in the plane of the acceptor's substituents, then theta. */
    record PhiPsi(List<Integer> bonded, double r, double phi, double theta) implements AcceptorTest {
        @Override
        public boolean passes(TypedModel m, int acc, Vec3 d, List<Vec3> hyds, boolean sulfur) {
            Vec3 a = m.pos(acc);
            if (!within(a, d, reach(r, sulfur))) {
                return false;
            }
            return AngleTests.phi(d, a, phiPlane(m, acc, bonded), phi) && AngleTests.theta(d, hyds, a, theta);
        }
    }

    /** Theta/tau (TT): an upsilon range about a partner atom or about the lone pairs, then theta (and tau). */
    record ThetaTau(Integer partner, double r, double upsilonLow, double upsilonHigh, double theta,
                    double tau, int tauSymmetry) implements AcceptorTest {
        @Override
        public boolean passes(TypedModel m, int acc, Vec3 d, List<Vec3> hyds, boolean sulfur) {
            Vec3 a = m.pos(acc);
            if (!within(a, d, reach(r, sulfur))) {
                return false;
            }
            List<Vec3> references = new ArrayList<>();
            if (partner != null) {
                references.add(m.pos(partner));
            } else {
                for (Vec3 lp : HydrogenPositions.lonePairs(m, acc)) {
                    references.add(a.times(2).minus(lp));
                }
            }
            for (Vec3 x : references) {
                if (AngleTests.upsilon(AngleTests.angle(x, a, d), upsilonLow, upsilonHigh)
                        && AngleTests.theta(d, hyds, a, theta)
                        && TauTest.passes(tau, tauSymmetry, m, acc, a, d)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Generic (GEN): distance, and every neighbour of the acceptor at least {@code minAngle} from the donor. */
    record Generic(double r, double minAngle) implements AcceptorTest {
        @Override
        public boolean passes(TypedModel m, int acc, Vec3 d, List<Vec3> hyds, boolean sulfur) {
            Vec3 a = m.pos(acc);
            if (!within(a, d, reach(r, sulfur))) {
                return false;
            }
            for (int n : m.neighbours(acc)) {
                if (AngleTests.angle(m.pos(n), a, d) < minAngle) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The plane and base point for phi (spec §1.8.1): two bonded atoms give the plane through them and
     * the acceptor, based at their midpoint; one bonded atom b is the base, and the plane comes from
     * b's other neighbours; none gives no plane (phi passes).
     */
    static AngleTests.PhiPlane phiPlane(TypedModel m, int acc, List<Integer> bonded) {
        Vec3 a = m.pos(acc);
        if (bonded.size() >= 2) {
            Vec3 b1 = m.pos(bonded.get(0));
            Vec3 b2 = m.pos(bonded.get(1));
            return new AngleTests.PhiPlane(a, b1, b2, b1.plus(b2).times(0.5));
        }
        if (bonded.isEmpty()) {
            return null;
        }
        int b = bonded.get(0);
        List<Integer> others = new ArrayList<>();
        for (int n : m.neighbours(b)) {
            if (n != acc) {
                others.add(n);
            }
        }
        return switch (others.size()) {
            case 0 -> null;
            case 1 -> new AngleTests.PhiPlane(a, m.pos(b), m.pos(others.get(0)), m.pos(b));
            case 2 -> new AngleTests.PhiPlane(a, m.pos(others.get(0)), m.pos(others.get(1)), m.pos(b));
            default -> throw new PairSkipped("phi base atom with more than three neighbours");
        };
    }
}
