package org.misibench.chemistry.hbond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.misibench.chemistry.idatm.Geometry;
import org.misibench.geometry.Vec3;
import org.misibench.structure.Element;

/** Individual geometry pieces against values worked out by hand from the rules (spec §1.3, §1.9). */
class GeometryPiecesTest {

    private static void assertVec(Vec3 expected, Vec3 actual, double tol) {
        assertEquals(expected.x(), actual.x(), tol, "x of " + actual);
        assertEquals(expected.y(), actual.y(), tol, "y of " + actual);
        assertEquals(expected.z(), actual.z(), tol, "z of " + actual);
    }

    @Test
    void nitrogenHydrogenBondLengthIsTheSumOfCovalentRadii() {
        // N 0.68 + H 0.23 = 0.91 Å; S 1.02 + 0.23 = 1.25 Å (summed in single precision by ChimeraX).
        assertEquals(0.91, HydrogenPositions.bondLengthToH(Element.N), 1e-6);
        assertEquals(1.25, HydrogenPositions.bondLengthToH(Element.S), 1e-6);
    }

    @Test
    void planarNitrogenWithTwoHeavyNeighboursGetsItsHydrogenOnTheAntiBisector() {
        // N at the origin, neighbours along +x and at 120° in the xy plane: unit vectors (1,0,0) and
        // (-1/2, √3/2, 0); their sum (1/2, √3/2, 0) has length 1, so H = -0.91·(1/2, √3/2, 0).
        Vec3 n = Vec3.ZERO;
        Vec3 b0 = new Vec3(1.47, 0, 0);
        Vec3 b1 = new Vec3(-0.5 * 1.33, Math.sqrt(3) / 2 * 1.33, 0);
        List<Vec3> h = BondPositions.of(n, Geometry.PLANAR, 0.91, List.of(b0, b1), List.of());
        assertEquals(1, h.size());
        assertVec(new Vec3(-0.455, -0.91 * Math.sqrt(3) / 2, 0), h.get(0), 1e-6);
    }

    @Test
    void tetrahedralCentreWithThreeNeighboursGetsItsLastPositionOppositeThem() {
        // Neighbours along three corners of a cube (1,1,1), (1,-1,-1), (-1,1,-1): the fourth tetrahedral
        // direction is (-1,-1,1)/√3.
        Vec3 x = new Vec3(2, 3, 4);
        double s = 1.5 / Math.sqrt(3);
        List<Vec3> bonded = List.of(x.plus(new Vec3(s, s, s)), x.plus(new Vec3(s, -s, -s)), x.plus(new Vec3(-s, s, -s)));
        List<Vec3> h = BondPositions.of(x, Geometry.TETRAHEDRAL, 0.91, bonded, List.of());
        assertEquals(1, h.size());
        double k = 0.91 / Math.sqrt(3);
        assertVec(x.plus(new Vec3(-k, -k, k)), h.get(0), 1e-6);
    }

    @Test
    void planarCentreWithOneNeighbourPutsTheFirstHydrogenCisToTheCoplanarPoint() {
        // N at the origin bonded to C at (1.33,0,0); the C's other substituent at (2,1,0). The first H is
        // at 120° from the N–C bond, on the +y side: 0.91·(cos120°, sin120°, 0); the second is the
        // anti-bisector of the bond and the first H: 0.91·(-1/2, -√3/2, 0).
        List<Vec3> h = BondPositions.of(Vec3.ZERO, Geometry.PLANAR, 0.91, List.of(new Vec3(1.33, 0, 0)),
                List.of(new Vec3(2, 1, 0)));
        assertEquals(2, h.size());
        assertVec(new Vec3(-0.455, 0.91 * Math.sqrt(3) / 2, 0), h.get(0), 1e-6);
        assertVec(new Vec3(-0.455, -0.91 * Math.sqrt(3) / 2, 0), h.get(1), 1e-6);
    }

    @Test
    void slopRewritesDistancesMinimumAndMaximumAngles() {
        CriteriaProfile p = CriteriaProfile.CHIMERAX_RELAXED;
        assertEquals(3.57, p.relax(3.17), 1e-12);      // distance + 0.4
        assertEquals(90, p.relax(110), 1e-12);         // minimum angle − 20
        assertEquals(-166, p.relax(-146), 1e-12);      // maximum 146 encoded −146 → upper bound 166
        assertEquals(-180, p.relax(-170), 1e-12);      // upper bound capped at 180
        assertEquals(0, p.relax(15), 1e-12);           // minimum angle not below 0 (tau 15 → always passes)
        assertEquals(-50, p.relax(-30), 1e-12);        // tau −30 → some angle ≤ 50
        assertTrue(Double.isNaN(p.relax(Double.NaN))); // "none" stays none
    }

    @Test
    void upsilonUsesTheNegativeEncodingOfItsUpperBound() {
        assertTrue(AngleTests.upsilon(160, 90, -166));
        assertFalse(AngleTests.upsilon(167, 90, -166));
        assertFalse(AngleTests.upsilon(85, 90, -166));
        // D7's quirk: an upper bound written positive (161 → 141 after slop) can never be met.
        assertFalse(AngleTests.upsilon(120, 70, 141));
    }

    @Test
    void thetaPassesWhenSomeHydrogenIsStraightEnough() {
        Vec3 d = Vec3.ZERO;
        Vec3 a = new Vec3(3, 0, 0);
        Vec3 straight = new Vec3(1, 0, 0);                          // D–H···A 180°
        Vec3 bent = new Vec3(Math.cos(Math.toRadians(109.5)), Math.sin(Math.toRadians(109.5)), 0);
        assertTrue(AngleTests.theta(d, List.of(bent, straight), a, 126));
        assertFalse(AngleTests.theta(d, List.of(bent), a, 126));
        assertTrue(AngleTests.theta(d, List.of(), a, 126));          // no H positions: theta is waived
    }
}
