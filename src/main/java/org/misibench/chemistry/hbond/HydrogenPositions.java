package org.misibench.chemistry.hbond;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.misibench.chemistry.CovalentRadii;
import org.misibench.chemistry.idatm.Geometry;
import org.misibench.chemistry.idatm.IdatmTable;
import org.misibench.geometry.Vec3;
import org.misibench.structure.Element;

/**
 * Where a donor's hydrogens are, explicit or inferred, and where an atom's lone pairs point
 * (ChimeraX's {@code hydpos.hyd_positions} and its lone-pair use of {@code bond_positions}; spec §1.9,
 * geometry notes §2–3). Explicit hydrogens always win, even when only some are present; otherwise
 * hydrogens are inferred only where their position is fixed by the heavy-atom frame (never on a rotor).
 */
final class HydrogenPositions {

    private HydrogenPositions() {
    }

    /** The donor's H positions: explicit ones, or inferred ones, or none. */
    static List<Vec3> of(TypedModel m, int donor) {
        return positions(m, donor, false);
    }

    /**
     * The explicit H plus inferred positions for every empty slot of the atom's geometry (substituents or
     * lone pairs): what the tau test uses around a donor's heavy neighbour.
     */
    static List<Vec3> withEmptySlots(TypedModel m, int atom) {
        return positions(m, atom, true);
    }

    private static List<Vec3> positions(TypedModel m, int d, boolean lonePairMode) {
        List<Vec3> hydrogens = new ArrayList<>();
        List<Vec3> heavy = new ArrayList<>();
        for (int n : m.neighbours(d)) {
            (m.element(n) <= 1 ? hydrogens : heavy).add(m.pos(n));
        }
        if (!hydrogens.isEmpty() && !lonePairMode) {
            return hydrogens;
        }
        Optional<IdatmTable.Entry> info = IdatmTable.of(m.type(d));
        if (info.isEmpty()) {
            return hydrogens;
        }
        Geometry geometry = info.get().geometry();
        int substituents = lonePairMode ? geometry.code : info.get().substituents();
        List<Vec3> bonded = new ArrayList<>(hydrogens);
        bonded.addAll(heavy);
        int known = bonded.size();
        if (known >= substituents || known == 0 || known == 1 && geometry == Geometry.TETRAHEDRAL
                || geometry.code - substituents > 0) {
            return hydrogens;
        }
        double length = bondLengthToH(m.atom(d).element());
        List<Vec3> coplanar = geometry == Geometry.PLANAR ? coplanarPoints(m, d) : List.of();
        List<Vec3> out = new ArrayList<>(hydrogens);
        out.addAll(BondPositions.of(m.pos(d), geometry, length, bonded, coplanar));
        return out;
    }

    /** For a planar atom: every other neighbour (H included) of each planar heavy neighbour, in bond order. */
    private static List<Vec3> coplanarPoints(TypedModel m, int d) {
        List<Vec3> points = new ArrayList<>();
        for (int n : m.neighbours(d)) {
            if (m.element(n) <= 1 || !m.hasGeometry(n, Geometry.PLANAR)) {
                continue;
            }
            for (int g : m.neighbours(n)) {
                if (g != d) {
                    points.add(m.pos(g));
                }
            }
        }
        return points;
    }

    /**
     * Lone-pair directions of an acceptor: tetrahedral, unit length, away from all of its neighbours
     * (H included), whatever its own geometry.
     */
    static List<Vec3> lonePairs(TypedModel m, int atom) {
        List<Vec3> bonded = new ArrayList<>();
        for (int n : m.neighbours(atom)) {
            bonded.add(m.pos(n));
        }
        return BondPositions.of(m.pos(atom), Geometry.TETRAHEDRAL, 1.0, bonded, List.of());
    }

    /** Covalent radius of the element plus that of H, summed in single precision as ChimeraX does. */
    static double bondLengthToH(Element e) {
        return (float) ((float) CovalentRadii.of(e) + 0.23f);
    }
}
