package org.misibench.chemistry.hbond;

import java.util.ArrayList;
import java.util.List;
import org.misibench.chemistry.idatm.Geometry;
import org.misibench.geometry.Vec3;

/**
 * Ideal positions for the missing substituents of an atom, as ChimeraX's {@code bond_geom.bond_positions}
 * places them for inferred hydrogens and lone pairs (geometry notes §1). Only the forms the H-bond
 * finder uses are implemented: no toward/away hints, optional coplanar points. The "arbitrary"
 * directions (+x for the first substituent, the part of +Y perpendicular to a bond for the second)
 * are those of the coordinate frame the atoms are in, so results that depend on them follow the
 * frame, as in ChimeraX.
 */
final class BondPositions {

    private static final double TET_ANGLE = 109.5;
    private static final double PLANAR_ANGLE = 120.0;
    private static final double COS_54_75 = Math.cos(Math.toRadians(54.75));
    private static final double SIN_54_75 = Math.sin(Math.toRadians(54.75));

    private BondPositions() {
    }

    /**
     * The positions still free around {@code centre} with {@code geometry}, at distance {@code length},
     * given the existing substituent positions {@code bonded}; empty if too many are bonded.
     *
     * @param coplanar points the first planar substituent should lie in a plane with (at most two), or empty
     */
    static List<Vec3> of(Vec3 centre, Geometry geometry, double length, List<Vec3> bonded, List<Vec3> coplanar) {
        int slots = geometry.code;
        if (bonded.size() >= slots || geometry == Geometry.ION || geometry == Geometry.SINGLE && !bonded.isEmpty()) {
            return List.of();
        }
        List<Vec3> known = new ArrayList<>(bonded);
        List<Vec3> made = new ArrayList<>();
        while (known.size() < slots) {
            Vec3 p = next(centre, geometry, length, known, coplanar);
            made.add(p);
            known.add(p);
        }
        return made;
    }

    private static Vec3 next(Vec3 x, Geometry geometry, double length, List<Vec3> known, List<Vec3> coplanar) {
        if (known.isEmpty()) {
            return x.plus(new Vec3(length, 0, 0));
        }
        switch (geometry) {
            case LINEAR:
                return x.plus(unit(x.minus(known.get(0))).times(length));
            case PLANAR:
                if (known.size() == 1) {
                    return anglePosition(x, known.get(0), length, PLANAR_ANGLE, coplanar);
                }
                return antiBisector(x, known.get(0), known.get(1), length);
            case TETRAHEDRAL:
                if (known.size() == 1) {
                    return anglePosition(x, known.get(0), length, TET_ANGLE, List.of());
                }
                if (known.size() == 2) {
                    return tetrahedralFromTwo(x, known.get(0), known.get(1), length);
                }
                return awayFromPlane(x, known, length);
            default:
                return x.plus(new Vec3(length, 0, 0));
        }
    }

    /** Position at {@code theta} from the bond x→b0, turned towards the coplanar point(s) or global +Y. */
    static Vec3 anglePosition(Vec3 x, Vec3 b0, double length, double theta, List<Vec3> coplanar) {
        Vec3 w = unit(b0.minus(x));
        double c = Math.cos(Math.toRadians(theta));
        double s = Math.sin(Math.toRadians(theta));
        if (coplanar.isEmpty()) {
            Vec3 e2;
            if (Math.sqrt(w.x() * w.x() + w.z() * w.z()) < 1e-10) {
                e2 = new Vec3(0, 0, -Math.signum(w.y()));
            } else {
                Vec3 yAxis = new Vec3(0, 1, 0);
                e2 = yAxis.minus(w.times(yAxis.dot(w))).normalized();
            }
            return x.plus(w.times(c * length)).plus(e2.times(s * length));
        }
        Vec3 p1 = inPlane(x, w, coplanar.get(0).minus(x), length, c, s);
        if (coplanar.size() == 1) {
            return p1;
        }
        Vec3 p2 = inPlane(x, w, x.minus(coplanar.get(1)), length, c, s);
        Vec3 mid = p1.plus(p2).times(0.5);
        return x.plus(unit(mid.minus(x)).times(length));
    }

    private static Vec3 inPlane(Vec3 x, Vec3 w, Vec3 u, double length, double c, double s) {
        Vec3 side = u.minus(w.times(u.dot(w))).normalized();
        return x.plus(w.times(c * length)).plus(side.times(s * length));
    }

    /** Along the negated bisector of the two bond directions. */
    static Vec3 antiBisector(Vec3 x, Vec3 b0, Vec3 b1, double length) {
        Vec3 sum = unit(b0.minus(x)).plus(unit(b1.minus(x)));
        return x.plus(unit(sum.times(-1)).times(length));
    }

    private static Vec3 tetrahedralFromTwo(Vec3 x, Vec3 b0, Vec3 b1, double length) {
        Vec3 v1 = unit(b0.minus(x));
        Vec3 v2 = unit(b1.minus(x));
        Vec3 ab = unit(v1.plus(v2).times(-1));
        Vec3 c = sqLengthFloat(v1) > sqLengthFloat(v2) ? unit(v1.cross(v2)) : unit(v2.cross(v1));
        return x.plus(ab.times(COS_54_75 * length)).plus(c.times(SIN_54_75 * length));
    }

    private static Vec3 awayFromPlane(Vec3 x, List<Vec3> known, double length) {
        Vec3 u0 = x.plus(unit(known.get(0).minus(x)));
        Vec3 u1 = x.plus(unit(known.get(1).minus(x)));
        Vec3 u2 = x.plus(unit(known.get(2).minus(x)));
        Vec3 n = u1.minus(u0).cross(u2.minus(u0)).normalized();
        Vec3 centroid = u0.plus(u1).plus(u2).times(1.0 / 3);
        if (n.dot(x.minus(centroid)) < 0) {
            n = n.times(-1);
        }
        return x.plus(n.times(length));
    }

    /** A unit vector rounded to single precision, as ChimeraX's normalize_vector returns it. */
    static Vec3 unit(Vec3 v) {
        double len = Math.sqrt(v.x() * v.x() + v.y() * v.y() + v.z() * v.z());
        if (len == 0) {
            return Vec3.ZERO;
        }
        return new Vec3((float) (v.x() / len), (float) (v.y() / len), (float) (v.z() / len));
    }

    private static float sqLengthFloat(Vec3 v) {
        float x = (float) v.x();
        float y = (float) v.y();
        float z = (float) v.z();
        return x * x + y * y + z * z;
    }
}
