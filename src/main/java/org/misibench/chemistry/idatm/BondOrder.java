package org.misibench.chemistry.idatm;

/**
 * What the ring pass assumes about the order of a bond from a ring system to an outside atom.
 * {@link #AMBIGUOUS} means "single or double": it counts 1 towards the ring atom's valence and
 * widens what that atom may take. {@link #TRIPLE} never comes from a structure: it only arises when
 * the "uncertain neighbour" fallback inverts an AMBIGUOUS label (3 − 0), and ChimeraX then counts it
 * as 3, which we keep.
 */
enum BondOrder {
    AMBIGUOUS, SINGLE, DOUBLE, TRIPLE;

    /** The label of a bond whose order an assignment fixes at 1 or 2. */
    static BondOrder of(int order) {
        return values()[order];
    }

    /** The contribution to an atom's sum of bond orders. */
    int valence() {
        return this == AMBIGUOUS ? 1 : ordinal();
    }

    /** SINGLE ↔ DOUBLE (and AMBIGUOUS ↔ TRIPLE): the order as 3 minus the order. */
    BondOrder inverted() {
        return values()[3 - ordinal()];
    }
}
