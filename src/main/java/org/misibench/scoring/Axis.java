package org.misibench.scoring;

/** A screen axis (spec §4: x right, y up, z toward the viewer) named in a move or roll command. */
public enum Axis {
    X, Y, Z;

    /** The lower-case letter used in answers. */
    public String letter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
