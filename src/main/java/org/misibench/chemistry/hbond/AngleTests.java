package org.misibench.chemistry.hbond;

import java.util.List;
import org.misibench.geometry.Vec3;

/**
 * The small angle tests the H-bond criteria are built from (spec §1.8.1, geometry notes §0, §6.13):
 * theta (D–H···A), phi (an angle measured in the plane of the acceptor's substituents) and upsilon
 * (an angle at the acceptor or donor between a bounded range). Angles are in degrees.
 */
final class AngleTests {

    private AngleTests() {
    }

    /** Angle at {@code vertex}, degrees; 0 when an arm has zero length (as ChimeraX's angle()). */
    static double angle(Vec3 a, Vec3 vertex, Vec3 b) {
        return Vec3.angle(a, vertex, b);
    }

    /** Theta: some H sees the acceptor at ∠(A, H, D) ≥ {@code theta}; passes when there are no H. */
    static boolean theta(Vec3 donor, List<Vec3> hydrogens, Vec3 acceptor, double theta) {
        if (hydrogens.isEmpty()) {
            return true;
        }
        for (Vec3 h : hydrogens) {
            if (angle(acceptor, h, donor) >= theta) {
                return true;
            }
        }
        return false;
    }

    /** Upsilon: {@code lo ≤ angle ≤ hi}, where {@code hiEncoded} is the (relaxed) negative-encoded maximum. */
    static boolean upsilon(double angle, double lo, double hiEncoded) {
        return angle >= lo && angle <= -hiEncoded;
    }

    /** True when some hydrogen lies within {@code r} of the acceptor (inclusive). */
    static boolean someHydrogenWithin(List<Vec3> hydrogens, Vec3 acceptor, double r) {
        for (Vec3 h : hydrogens) {
            if (h.distanceSquared(acceptor) <= r * r) {
                return true;
            }
        }
        return false;
    }

    /**
     * A plane through three points and the base point the phi angle is measured from; a null plane
     * means "no plane, phi passes".
     */
    record PhiPlane(Vec3 p0, Vec3 p1, Vec3 p2, Vec3 base) {
    }

    /**
     * Phi: project base, acceptor and donor onto the plane through p1 with normal
     * unit((p1 − p0) × (p2 − p1)) and require ∠(base′, A′, D′) ≥ {@code phi}. A collinear plane gives a
     * zero normal and the plain 3-D angle. A null plane passes.
     */
    static boolean phi(Vec3 donor, Vec3 acceptor, PhiPlane plane, double phi) {
        if (plane == null) {
            return true;
        }
        Vec3 n = BondPositions.unit(plane.p1().minus(plane.p0()).cross(plane.p2().minus(plane.p1())));
        Vec3 origin = plane.p1();
        Vec3 b = project(plane.base(), n, origin);
        Vec3 a = project(acceptor, n, origin);
        Vec3 d = project(donor, n, origin);
        return angle(b, a, d) >= phi;
    }

    private static Vec3 project(Vec3 p, Vec3 n, Vec3 origin) {
        return p.minus(n.times(p.minus(origin).dot(n)));
    }
}
