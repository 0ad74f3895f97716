package org.misibench.scoring;

/**
 * The nine MiSI-Bench tasks (spec §5), each with the kind of answer it expects. The enum order is the
 * task number, so {@code T1} is {@link #TRANSLATION}.
 */
public enum Task {
    TRANSLATION(1, "Translation", AnswerKind.OPERATIONS),
    ROTATION(2, "Rotation", AnswerKind.OPERATIONS),
    ZOOMING(3, "Zooming", AnswerKind.OPERATIONS),
    RESIDUE_HBONDS(4, "Residue-ligand interaction", AnswerKind.RESIDUE_HBONDS),
    TRANSLATION_ROTATION(5, "Translation + rotation", AnswerKind.CHOICE),
    ROTATION_ROTATION(6, "Rotation + rotation", AnswerKind.CHOICE),
    LIGAND_DOCKING(7, "Ligand docking", AnswerKind.OPERATIONS),
    INTERACTION_LOCATION(8, "Interaction location", AnswerKind.CHOICE),
    POCKET_HBONDS(9, "Pocket-ligand interaction", AnswerKind.POCKET_HBONDS);

    private final int number;
    private final String title;
    private final AnswerKind answerKind;

    Task(int number, String title, AnswerKind answerKind) {
        this.number = number;
        this.title = title;
        this.answerKind = answerKind;
    }

    /** The task number 1..9 as in the spec's table. */
    public int number() {
        return number;
    }

    /** The short label, e.g. {@code "T4"}. */
    public String label() {
        return "T" + number;
    }

    /** The human-readable name used in the spec. */
    public String title() {
        return title;
    }

    public AnswerKind answerKind() {
        return answerKind;
    }

    /**
     * Whether this task counts towards the paper's headline average: T5 and T6 are left out because
     * nearly all models are at chance on them (spec §6).
     */
    public boolean inHeadlineAverage() {
        return this != TRANSLATION_ROTATION && this != ROTATION_ROTATION;
    }

    /** The task with the given number 1..9. */
    public static Task byNumber(int number) {
        for (Task t : values()) {
            if (t.number == number) {
                return t;
            }
        }
        throw new IllegalArgumentException("no task T" + number);
    }
}
