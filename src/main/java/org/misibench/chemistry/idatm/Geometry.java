package org.misibench.chemistry.idatm;

/** The IDATM geometry of a type: how its substituents are arranged. */
public enum Geometry {
    ION(0), SINGLE(1), LINEAR(2), PLANAR(3), TETRAHEDRAL(4);

    /** The number ChimeraX uses (0 ion … 4 tetrahedral); also the number of positions around the atom. */
    public final int code;

    Geometry(int code) {
        this.code = code;
    }
}
