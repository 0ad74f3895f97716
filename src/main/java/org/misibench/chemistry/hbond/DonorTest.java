package org.misibench.chemistry.hbond;

import java.util.List;
import java.util.Optional;
import org.misibench.geometry.Vec3;

/**
 * The donor-side geometry test of one donor class (spec §1.8.3), run after the acceptor side passed.
 * Parameters are kept per acceptor category, relaxed, in ChimeraX's layout; a NaN stands for "none".
 */
sealed interface DonorTest {

    /** Whether the donor (H positions {@code hyds}) bonds to the acceptor {@code a} of model {@code am}. */
    boolean passes(TypedModel dm, int d, List<Vec3> hyds, TypedModel am, int a);

    /**
     * Upsilon/tau (UT) donors, one heavy neighbour and rotatable or inferred H: rows are
     * (r, υlo, υhi, θ, τ[, υN]) for sp2-O, sp3-O/planar-N, sp3-N and (r, υlo, υhi, θ) for other acceptors.
     */
    record UpsilonTau(double[][] rows, int tauSymmetry) implements DonorTest {
        @Override
        public boolean passes(TypedModel dm, int d, List<Vec3> hyds, TypedModel am, int a) {
            Optional<AcceptorCategory> cat = AcceptorCategory.of(am, a);
            if (cat.isEmpty()) {
                return false;
            }
            double[] row = rows[cat.get().ordinal()];
            Vec3 dp = dm.pos(d);
            Vec3 ap = am.pos(a);
            if (cat.get() == AcceptorCategory.SP3_N && am.neighbours(a).length > 1
                    && !someLonePairFacing(am, a, dp, row[5], false)) {
                return false;
            }
            double r = cat.get() == AcceptorCategory.OTHER && am.element(a) == 16 ? row[0] + AcceptorTest.SULFUR_BONUS : row[0];
            if (dp.distanceSquared(ap) > r * r) {
                return false;
            }
            List<Integer> heavy = dm.heavyNeighbours(d);
            if (heavy.size() != 1) {
                throw new PairSkipped("upsilon/tau donor not bonded to exactly one heavy atom");
            }
            if (!AngleTests.upsilon(AngleTests.angle(dm.pos(heavy.get(0)), dp, ap), row[1], row[2])
                    || !AngleTests.theta(dp, hyds, ap, row[3])) {
                return false;
            }
            double tau = row.length > 4 ? row[4] : Double.NaN;
            return TauTest.passes(tau, tauSymmetry, dm, d, dp, ap);
        }
    }

    /**
     * Theta/tau (TH) donors with fixed H, and water ({@code water} true: hydrogen tests waived when it has
     * no H, after the plain distance {@code waterR}). Rows: (rH, θ) sp2-O, (rH, θ, φ) sp3-O/planar-N,
     * (rH, θ, υ) sp3-N, (rH, θ) other.
     */
    record ThetaTau(double[][] rows, boolean water, double[] waterR) implements DonorTest {
        @Override
        public boolean passes(TypedModel dm, int d, List<Vec3> hyds, TypedModel am, int a) {
            Optional<AcceptorCategory> cat = AcceptorCategory.of(am, a);
            if (cat.isEmpty()) {
                return false;
            }
            Vec3 dp = dm.pos(d);
            Vec3 ap = am.pos(a);
            boolean waived = water && hyds.isEmpty();
            if (waived && dp.distanceSquared(ap) > waterR[cat.get().ordinal()] * waterR[cat.get().ordinal()]) {
                return false;
            }
            if (hyds.isEmpty() && !water) {
                return false;
            }
            double[] row = rows[cat.get().ordinal()];
            switch (cat.get()) {
                case SP2_O -> {
                    if (!waived && !AngleTests.someHydrogenWithin(hyds, ap, row[0])) {
                        return false;
                    }
                }
                case SP3_O_OR_PLANAR_N -> {
                    if (!waived && !AngleTests.someHydrogenWithin(hyds, ap, row[0])) {
                        return false;
                    }
                    int[] nb = am.neighbours(a);
                    if (nb.length == 2 && !AngleTests.phi(dp, ap, AcceptorTest.phiPlane(am, a, List.of(nb[0], nb[1])), row[2])) {
                        return false;
                    }
                }
                case SP3_N -> {
                    if (!waived && !AngleTests.someHydrogenWithin(hyds, ap, row[0])) {
                        return false;
                    }
                    if (!someLonePairFacing(am, a, dp, row[2], true)) {
                        return false;
                    }
                }
                default -> {
                    double rH = am.element(a) == 16 ? row[0] + AcceptorTest.SULFUR_BONUS : row[0];
                    if (!AngleTests.someHydrogenWithin(hyds, ap, rH)) {
                        return false; // no waiver here: a hydrogenless water never reaches "other" acceptors
                    }
                }
            }
            return AngleTests.theta(dp, hyds, ap, row[1]);
        }
    }

    /**
     * Generic donors (D19): rows (rH, r) per category, {@code angles} = (min D–H···A, min heavy–D···A).
     */
    record Generic(double[][] rows, double[] angles) implements DonorTest {
        @Override
        public boolean passes(TypedModel dm, int d, List<Vec3> hyds, TypedModel am, int a) {
            Optional<AcceptorCategory> cat = AcceptorCategory.of(am, a);
            if (cat.isEmpty()) {
                return false;
            }
            double[] row = rows[cat.get().ordinal()];
            double minBonded = angles[1];
            if (cat.get() == AcceptorCategory.OTHER && am.element(a) == 16) {
                minBonded -= 9; // ChimeraX relaxes the bonded angle for sulfur acceptors (its r bonus is lost)
            }
            Vec3 dp = dm.pos(d);
            Vec3 ap = am.pos(a);
            if (hyds.isEmpty()) {
                if (dp.distanceSquared(ap) > row[1] * row[1]) {
                    return false;
                }
            } else if (hyds.stream().noneMatch(h -> h.distanceSquared(ap) < row[0] * row[0])) {
                return false;
            }
            for (int b : dm.heavyNeighbours(d)) {
                if (AngleTests.angle(dm.pos(b), dp, ap) < minBonded) {
                    return false;
                }
            }
            if (hyds.isEmpty()) {
                return true;
            }
            for (Vec3 h : hyds) {
                if (AngleTests.angle(dp, h, ap) >= angles[0]) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Lone-pair test on an sp3-N acceptor: some lone pair L with angle(D, A, A − (L − A)) above the limit
     * ({@code strict}: &gt;, theta/tau donors; otherwise ≥, upsilon/tau donors). With no lone pair a
     * theta/tau donor passes and an upsilon/tau donor fails.
     */
    private static boolean someLonePairFacing(TypedModel am, int a, Vec3 dp, double limit, boolean strict) {
        Vec3 ap = am.pos(a);
        List<Vec3> lps = HydrogenPositions.lonePairs(am, a);
        if (lps.isEmpty()) {
            return strict;
        }
        for (Vec3 lp : lps) {
            double ang = AngleTests.angle(dp, ap, ap.times(2).minus(lp));
            if (strict ? ang > limit : ang >= limit) {
                return true;
            }
        }
        return false;
    }
}
