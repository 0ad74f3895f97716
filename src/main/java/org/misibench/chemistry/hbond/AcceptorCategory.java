package org.misibench.chemistry.hbond;

import java.util.Optional;
import org.misibench.chemistry.idatm.Geometry;

/**
 * How a donor test sees its acceptor (spec §1.7): each donor class has separate criteria for sp2
 * oxygens, sp3 oxygens and planar nitrogens, sp3 nitrogens, and everything else.
 */
enum AcceptorCategory {
    SP2_O, SP3_O_OR_PLANAR_N, SP3_N, OTHER;

    /** The acceptor's category, or empty when its IDATM type is unknown (the pair is then rejected). */
    static Optional<AcceptorCategory> of(TypedModel m, int acceptor) {
        Optional<Geometry> g = m.geometry(acceptor);
        if (g.isEmpty()) {
            return Optional.empty();
        }
        int z = m.element(acceptor);
        if (z == 8 && g.get() == Geometry.PLANAR) {
            return Optional.of(SP2_O);
        }
        if (z == 8 && g.get() == Geometry.TETRAHEDRAL || z == 7 && g.get() == Geometry.PLANAR) {
            return Optional.of(SP3_O_OR_PLANAR_N);
        }
        if (z == 7 && g.get() == Geometry.TETRAHEDRAL) {
            return Optional.of(SP3_N);
        }
        return Optional.of(OTHER);
    }
}
