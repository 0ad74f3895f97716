package org.misibench.chemistry.hbond;

import java.util.List;
import java.util.Set;
import org.misibench.chemistry.idatm.Geometry;
import org.misibench.chemistry.hbond.NeighbourMatch.Slot;
import org.misibench.chemistry.hbond.NeighbourMatch.Test;

/**
 * The vocabulary the donor and acceptor classes are written in: tests on one substituent by IDATM
 * type, element or IDATM geometry, and a nested test that also checks that substituent's own
 * neighbours (spec §1.4).
 */
final class Substituents {

    private Substituents() {
    }

    /** IDATM type is one of {@code types}. */
    static Test type(String... types) {
        Set<String> set = Set.of(types);
        return (m, a, c) -> set.contains(m.type(a));
    }

    /** Element by atomic number. */
    static Test element(int z) {
        return (m, a, c) -> m.element(a) == z;
    }

    static final Test HYDROGEN = element(1);

    static final Test CARBON = element(6);

    /** IDATM geometry tetrahedral ("tet"). */
    static final Test TET = (m, a, c) -> m.hasGeometry(a, Geometry.TETRAHEDRAL);

    /** IDATM geometry planar. */
    static final Test PLANAR = (m, a, c) -> m.hasGeometry(a, Geometry.PLANAR);

    /** Tetrahedral or single geometry: an explicit single-bonded substituent, H included ("tet/sb"). */
    static final Test SINGLE_BONDED = (m, a, c) -> m.hasGeometry(a, Geometry.TETRAHEDRAL) || m.hasGeometry(a, Geometry.SINGLE);

    /** tet/sb but not O3−. */
    static final Test SINGLE_BONDED_NOT_O3_MINUS = (m, a, c) -> SINGLE_BONDED.accepts(m, a, c) && !m.type(a).equals("O3-");

    /** Tetrahedral but not Sac/Pac, or single geometry but not an H type. */
    static final Test HEAVY_SINGLE_NOT_ACID = (m, a, c) ->
            m.hasGeometry(a, Geometry.TETRAHEDRAL) && !Set.of("Sac", "Pac").contains(m.type(a))
                    || m.hasGeometry(a, Geometry.SINGLE) && !Set.of("H", "D").contains(m.type(a));

    /** C or H (ChimeraX's R). */
    static final Test CARBON_OR_H = (m, a, c) -> m.element(a) == 6 || m.element(a) == 1;

    /** Tetrahedral geometry or hydrogen. */
    static final Test TET_OR_H = (m, a, c) -> TET.accepts(m, a, c) || m.element(a) == 1;

    /** Any atom. */
    static final Test ANY = (m, a, c) -> true;

    /** Passes {@code centre}, and its other neighbours match {@code slots}. */
    static Test nested(Test centre, List<Slot> slots) {
        return (m, a, c) -> centre.accepts(m, a, c) && NeighbourMatch.matches(m, a, c, slots);
    }

    static Slot req(Test t) {
        return NeighbourMatch.required(t);
    }

    static Slot opt(Test t) {
        return NeighbourMatch.optional(t);
    }
}
