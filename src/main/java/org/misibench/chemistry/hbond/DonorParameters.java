package org.misibench.chemistry.hbond;

/**
 * Builds donor tests from the Mills &amp; Dean parameter rows of hbond.py's donor table (spec §1.7),
 * relaxed by the profile, with the shared rows ChimeraX appends for "other" acceptors.
 */
final class DonorParameters {

    private static final double NONE = Double.NaN;

    private final CriteriaProfile p;

    DonorParameters(CriteriaProfile p) {
        this.p = p;
    }

    /** Upsilon/tau: rows for sp2-O (5 values), sp3-O/planar-N (6), sp3-N (6). */
    DonorTest upsilonTau(int tauSymmetry, double[] sp2O, double[] sp3O, double[] sp3N) {
        return new DonorTest.UpsilonTau(new double[][] {p.relax(sp2O), p.relax(sp3O), p.relax(sp3N),
                p.relax(3.42, 90, -161, 125)}, tauSymmetry);
    }

    /** Theta/tau: (rH, θ), (rH, θ, φ), (rH, θ, υ). */
    DonorTest thetaTau(double[] sp2O, double[] sp3O, double[] sp3N) {
        return new DonorTest.ThetaTau(new double[][] {p.relax(sp2O), p.relax(sp3O), p.relax(sp3N),
                p.relax(2.48, 132)}, false, null);
    }

    /** Water: H···A limits rH per category; the D···A limit is rH + the O–H bond length. */
    DonorTest water() {
        double oh = HydrogenPositions.bondLengthToH(org.misibench.structure.Element.O);
        double[][] rows = {p.relax(2.36, 146), p.relax(2.23, 146, 140), p.relax(2.23, 146, 150), p.relax(2.36, 146)};
        double[] r = {p.relax(2.36 + oh), p.relax(2.23 + oh), p.relax(2.23 + oh), p.relax(2.36 + oh)};
        return new DonorTest.ThetaTau(rows, true, r);
    }

    /** Generic donor of element {@code z} (O, N or S). */
    DonorTest generic(int z) {
        double[] d = switch (z) {
            case 8 -> new double[] {2.41, 2.28, 2.28, 3.27, 3.14, 3.14};
            case 7 -> new double[] {2.36, 2.48, 2.48, 3.30, 3.42, 3.42};
            default -> new double[] {2.42, 2.42, 2.42, 3.65, 3.65, 3.65};
        };
        double[] x = p.relax(d);
        double[][] rows = {{x[0], x[3]}, {x[1], x[4]}, {x[2], x[5]}, p.relax(2.48, 3.42)};
        return new DonorTest.Generic(rows, p.relax(130, 90));
    }

    /** Generic planar N with more than one heavy neighbour: theta/tau. */
    DonorTest genericPlanarNH() {
        return thetaTau(v(2.23, 136), v(2.23, 141, 140), v(2.46, 136, 140));
    }

    /** Generic planar N with at most one heavy neighbour: upsilon/tau, tau symmetry 4. */
    DonorTest genericPlanarNH2() {
        return upsilonTau(4, v(3.30, 90, -153, 135, -45), v(3.30, 90, -146, 140, -37.5, 130),
                v(3.40, 108, -166, 125, -35, 140));
    }

    static double[] v(double... values) {
        return values;
    }

    static double none() {
        return NONE;
    }
}
