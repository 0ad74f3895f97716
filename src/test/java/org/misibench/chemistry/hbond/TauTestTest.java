package org.misibench.chemistry.hbond;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.misibench.chemistry.Connectivity;
import org.misibench.geometry.Vec3;
import org.misibench.structure.Atom;
import org.misibench.structure.Bond;
import org.misibench.structure.Element;
import org.misibench.structure.ResidueId;
import org.misibench.structure.Structure;

/**
 * The tau test on an NH2 group with explicit H (spec §1.8.5): N at the origin, its carbon along −x, the
 * two H in the xy plane. Looking down the N–C axis the H point along +y and −y, so the tau angle of an
 * acceptor is its rotation about the x axis away from +y (H1) or −y (H2).
 */
class TauTestTest {

    private static final ResidueId LIG = new ResidueId("L", 1, ' ', "LIG");

    private static TypedModel nh2() {
        List<Atom> atoms = List.of(
                new Atom(1, "N", Element.N, LIG, ' ', 1, true, Vec3.ZERO),
                new Atom(2, "C", Element.C, LIG, ' ', 1, true, new Vec3(-1.4, 0, 0)),
                new Atom(3, "H1", Element.H, LIG, ' ', 1, true, new Vec3(0.5, 0.866, 0)),
                new Atom(4, "H2", Element.H, LIG, ' ', 1, true, new Vec3(0.5, -0.866, 0)));
        Structure s = new Structure("nh2", atoms, List.of(new Bond(0, 1, 1), new Bond(0, 2, 1), new Bond(0, 3, 1)));
        return new TypedModel(Connectivity.fromFileBonds(s));
    }

    /** An acceptor 2.5 Å out along +x, rotated {@code degrees} about x away from +y. */
    private static Vec3 acceptorAt(double degrees) {
        double a = Math.toRadians(degrees);
        return new Vec3(2.5, 2 * Math.cos(a), 2 * Math.sin(a));
    }

    @Test
    void negativeTauNeedsSomeHydrogenWithinItsLimit() {
        TypedModel m = nh2();
        // relaxed −30 → −50: pass if some H is within 50° about the axis
        assertTrue(TauTest.passes(-50, 4, m, 0, m.pos(0), acceptorAt(40)));
        assertFalse(TauTest.passes(-50, 4, m, 0, m.pos(0), acceptorAt(90)));
    }

    @Test
    void positiveTauNeedsEveryHydrogenAtLeastThatFarAway() {
        TypedModel m = nh2();
        // the aniline acceptor's τ = 37.5 (not relaxed): angles 40°/140° pass, 20°/160° fail
        assertTrue(TauTest.passes(37.5, 4, m, 0, m.pos(0), acceptorAt(40)));
        assertFalse(TauTest.passes(37.5, 4, m, 0, m.pos(0), acceptorAt(20)));
    }

    @Test
    void zeroOrMissingTauAlwaysPasses() {
        TypedModel m = nh2();
        assertTrue(TauTest.passes(0, 4, m, 0, m.pos(0), acceptorAt(5)));
        assertTrue(TauTest.passes(Double.NaN, 4, m, 0, m.pos(0), acceptorAt(5)));
    }

    @Test
    void referenceCountThatDoesNotFitTheSymmetryIsAnAtomTypeProblem() {
        TypedModel m = nh2();
        // symmetry 6 ignores the donor's own H and uses the carbon's surroundings: the carbon (C3, bonded
        // only to N: a rotor) has no other heavy neighbours and no inferred slots, so no references: pass.
        assertTrue(TauTest.passes(-50, 6, m, 0, m.pos(0), acceptorAt(90)));
        // symmetry 2 with the two H present: 2·2 ≠ 2, the carbon gives no references either: pass.
        assertTrue(TauTest.passes(-50, 2, m, 0, m.pos(0), acceptorAt(90)));
        assertThrows(PairSkipped.class, () -> TauTest.passes(-50, 8, nh2WithMethylCarbon(), 0, Vec3.ZERO, acceptorAt(90)));
    }

    /**
     * The same NH2 on a carbon with one more heavy neighbour: that neighbour plus the carbon's inferred
     * empty slots give at most three references, never the four a symmetry of 8 needs.
     */
    private static TypedModel nh2WithMethylCarbon() {
        List<Atom> atoms = List.of(
                new Atom(1, "N", Element.N, LIG, ' ', 1, true, Vec3.ZERO),
                new Atom(2, "C", Element.C, LIG, ' ', 1, true, new Vec3(-1.4, 0, 0)),
                new Atom(3, "H1", Element.H, LIG, ' ', 1, true, new Vec3(0.5, 0.866, 0)),
                new Atom(4, "H2", Element.H, LIG, ' ', 1, true, new Vec3(0.5, -0.866, 0)),
                new Atom(5, "C2", Element.C, LIG, ' ', 1, true, new Vec3(-1.9, 1.4, 0)));
        Structure s = new Structure("nh2c", atoms,
                List.of(new Bond(0, 1, 1), new Bond(0, 2, 1), new Bond(0, 3, 1), new Bond(1, 4, 1)));
        return new TypedModel(Connectivity.fromFileBonds(s));
    }
}
