package org.misibench.scoring;

/** The two command words of the answer grammar (spec §4), mirroring ChimeraX's commands. */
public enum OperationType {
    /** Translate the scene by an integer number of Å along a screen axis. */
    MOVE,
    /** Rotate the scene by an integer number of degrees about a screen axis. */
    ROLL;

    /** The lower-case command word used in answers. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
