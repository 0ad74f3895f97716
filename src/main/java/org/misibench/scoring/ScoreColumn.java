package org.misibench.scoring;

/**
 * The columns of the paper's result tables (Table 1 and 2): one per task, except that T4 is split into
 * items whose truth has H-bonds (RL+) and items whose truth is {@code No} (RL−). The paper's headline
 * average is the mean of the eight columns other than T5 and T6, so a report that is to be compared with
 * the published rows must keep the same split.
 */
public enum ScoreColumn {
    TRANSLATION("Tr", Task.TRANSLATION),
    ROTATION("Rot", Task.ROTATION),
    ZOOMING("Zoom", Task.ZOOMING),
    RESIDUE_HBONDS_POSITIVE("RL+", Task.RESIDUE_HBONDS),
    RESIDUE_HBONDS_NEGATIVE("RL-", Task.RESIDUE_HBONDS),
    TRANSLATION_ROTATION("T+R", Task.TRANSLATION_ROTATION),
    ROTATION_ROTATION("R+R", Task.ROTATION_ROTATION),
    LIGAND_DOCKING("Dock", Task.LIGAND_DOCKING),
    INTERACTION_LOCATION("Loc", Task.INTERACTION_LOCATION),
    POCKET_HBONDS("PL", Task.POCKET_HBONDS);

    private final String header;
    private final Task task;

    ScoreColumn(String header, Task task) {
        this.header = header;
        this.task = task;
    }

    /** The paper's column header. */
    public String header() {
        return header;
    }

    public Task task() {
        return task;
    }

    /** Whether the column counts towards the headline average (all but T5 and T6). */
    public boolean inHeadlineAverage() {
        return task.inHeadlineAverage();
    }

    /** The column an item falls in: its task's, with T4 split by whether the truth lists any bond. */
    public static ScoreColumn of(Task task, Answer truth) {
        return switch (task) {
            case TRANSLATION -> TRANSLATION;
            case ROTATION -> ROTATION;
            case ZOOMING -> ZOOMING;
            case RESIDUE_HBONDS -> ((Answer.ResidueBonds) truth).bonds().isEmpty()
                    ? RESIDUE_HBONDS_NEGATIVE : RESIDUE_HBONDS_POSITIVE;
            case TRANSLATION_ROTATION -> TRANSLATION_ROTATION;
            case ROTATION_ROTATION -> ROTATION_ROTATION;
            case LIGAND_DOCKING -> LIGAND_DOCKING;
            case INTERACTION_LOCATION -> INTERACTION_LOCATION;
            case POCKET_HBONDS -> POCKET_HBONDS;
        };
    }
}
