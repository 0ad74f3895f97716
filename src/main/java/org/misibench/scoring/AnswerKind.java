package org.misibench.scoring;

/**
 * The shape of an answer, which decides both how the answer text is parsed and how it is scored.
 * Several tasks share a shape (T1, T2, T3 and T7 all answer with operations), so parsing is keyed on this
 * rather than on the task.
 */
public enum AnswerKind {
    /** {@code move <x|y|z> <int>} / {@code roll <x|y|z> <int>}, joined by {@code ", "}. */
    OPERATIONS,
    /** One letter A-D. */
    CHOICE,
    /** T4: {@code No} or {@code Yes: RES ATOM, LIGATOM; ...}. */
    RESIDUE_HBONDS,
    /** T9: {@code RES NUM ATOM CHAIN, LIGATOM; ...} or {@code No}. */
    POCKET_HBONDS
}
