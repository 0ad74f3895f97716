package org.misibench.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores one prediction against its ground truth by the rules of spec §6. Every score lies in [0, 1];
 * every item also gets an exact-match flag (the canonical answers are equal: same commands in the same
 * order, same letter, or the same set of bonds).
 *
 * <p>Rules, with the decisions taken where the spec is silent marked <b>Decision</b>:
 * <ul>
 *   <li><b>T3, T5, T6, T8</b>: exact match, 1 or 0.</li>
 *   <li><b>T1, T2</b>: 0 if the axis is wrong, else {@code max(0, 1 - |d̂ - d| / R)}, R = 8 Å for
 *       translation and 180° for rotation. <b>Decision:</b> the prediction must be exactly one command of
 *       the task's verb ({@code move} for T1, {@code roll} for T2); two or more commands, or the other
 *       verb, score 0 even if one of them is right, so that listing candidates is never rewarded.</li>
 *   <li><b>T7</b>: 0.5 × rotation part + 0.5 × translation part. The rotation part is the T2 rule applied
 *       to the prediction's {@code roll}; the translation part is 1 when its {@code move} is along x and
 *       has the sign of the true x move, else 0. <b>Decision:</b> each part needs exactly one command of
 *       its verb in the prediction (none or several: that part scores 0); the order of the two commands
 *       does not affect the weighted score, because rotating the ligand about its own centre commutes
 *       with translating it, but the exact match requires the spec's order (roll, then move). A move of 0
 *       has no sign and scores 0 for the translation part.</li>
 *   <li><b>T4, T9</b>, with T the set of true bonds and P the set of predicted ones (order-insensitive,
 *       case-insensitive, a repeated bond counts once):
 *     <ol>
 *       <li>T empty ({@code No} is true): 1 if P is empty ({@code No}), else 0.</li>
 *       <li>T not empty and P empty ({@code No}): 0.</li>
 *       <li>|P| &gt; 2|T| (enumeration): 0.</li>
 *       <li>P = T: 1.</li>
 *       <li>P ⊋ T (all true bonds plus extra ones): 0.5 — a fixed value, not the share.</li>
 *       <li>otherwise <b>Decision:</b> {@code |P ∩ T| / max(|P|, |T|)}. When |P| ≥ |T| this is exactly
 *           the spec's "share of predicted bonds that are correct". When fewer bonds are listed than are
 *           true, the plain share would give a correct-but-incomplete list (one of nine bonds) full credit,
 *           more than rule 5 gives a complete list with one extra; counting each missing bond like a wrong
 *           one prevents that. So a T4 {@code Yes} listing 1 of 2 true bonds scores 0.5, and one listing
 *           1 right and 1 wrong bond of 3 true scores 1/3.</li>
 *     </ol>
 *   </li>
 *   <li>An unparsable prediction scores 0, is not an exact match, and is flagged
 *       {@link ItemScore#unparsable()}.</li>
 * </ul>
 * The truth must be of the task's answer kind (and for T1, T2, T3 a single command, for T7 a roll and a
 * move); a malformed truth is a bug in the benchmark, not in the model, so it throws.
 */
public final class TaskScorer {

    /** R for translation in T1: a prediction 8 Å or more off scores 0. */
    public static final double TRANSLATION_RANGE_ANGSTROM = 8.0;
    /** R for rotation in T2 and T7: a prediction 180° or more off scores 0. */
    public static final double ROTATION_RANGE_DEGREES = 180.0;

    private final AnswerParser parser = new AnswerParser();

    /** Scores a parsed prediction against the truth. */
    public ItemScore score(Task task, Answer truth, Parsed prediction) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(prediction, "prediction");
        if (truth.kind() != task.answerKind()) {
            throw new IllegalArgumentException(task.label() + " expects a " + task.answerKind()
                    + " truth, got " + truth.kind());
        }
        if (!(prediction instanceof Parsed.Ok ok)) {
            return ItemScore.unparsableAnswer();
        }
        Answer predicted = ok.value();
        if (predicted.kind() != task.answerKind()) {
            throw new IllegalArgumentException(task.label() + " expects a " + task.answerKind()
                    + " prediction, got " + predicted.kind());
        }
        boolean exact = truth.equals(predicted);
        double score = switch (task) {
            case TRANSLATION -> singleCommand((Answer.Operations) truth, (Answer.Operations) predicted,
                    OperationType.MOVE, TRANSLATION_RANGE_ANGSTROM);
            case ROTATION -> singleCommand((Answer.Operations) truth, (Answer.Operations) predicted,
                    OperationType.ROLL, ROTATION_RANGE_DEGREES);
            case ZOOMING -> {
                requireSingle((Answer.Operations) truth, OperationType.MOVE);
                yield exact ? 1.0 : 0.0;
            }
            case TRANSLATION_ROTATION, ROTATION_ROTATION, INTERACTION_LOCATION -> exact ? 1.0 : 0.0;
            case LIGAND_DOCKING -> docking((Answer.Operations) truth, (Answer.Operations) predicted);
            case RESIDUE_HBONDS -> bondListScore(((Answer.ResidueBonds) truth).bonds(),
                    ((Answer.ResidueBonds) predicted).bonds());
            case POCKET_HBONDS -> bondListScore(((Answer.PocketBonds) truth).bonds(),
                    ((Answer.PocketBonds) predicted).bonds());
        };
        return ItemScore.of(score, exact);
    }

    /**
     * Scores raw texts: the truth is parsed and must be valid (else {@link IllegalArgumentException}); the
     * prediction is parsed leniently and may be unparsable.
     */
    public ItemScore score(Task task, String truth, String prediction) {
        return score(task, parseTruth(task, truth), parser.parse(task, prediction));
    }

    /** Parses a ground-truth answer, which, unlike a prediction, must be well formed. */
    public Answer parseTruth(Task task, String truth) {
        Parsed parsed = parser.parse(task, truth);
        if (parsed instanceof Parsed.Unparsable u) {
            throw new IllegalArgumentException("invalid " + task.label() + " truth '" + truth + "': " + u.reason());
        }
        return ((Parsed.Ok) parsed).value();
    }

    /** T1/T2: one command of the right verb and axis, scored by its normalised error. */
    private static double singleCommand(Answer.Operations truth, Answer.Operations predicted,
                                        OperationType verb, double range) {
        Operation t = requireSingle(truth, verb);
        List<Operation> p = predicted.operations();
        if (p.size() != 1 || p.get(0).type() != verb) {
            return 0.0;
        }
        return magnitudeCredit(t, p.get(0), range);
    }

    /** 0 for a wrong axis, else {@code max(0, 1 - |d̂ - d| / range)}. */
    private static double magnitudeCredit(Operation truth, Operation predicted, double range) {
        if (predicted.axis() != truth.axis()) {
            return 0.0;
        }
        double error = Math.abs((double) predicted.amount() - truth.amount());
        return Math.max(0.0, 1.0 - error / range);
    }

    /** T7: half for the rotation (as T2), half for the sign of the x move. */
    private static double docking(Answer.Operations truth, Answer.Operations predicted) {
        List<Operation> t = truth.operations();
        if (t.size() != 2 || t.get(0).type() != OperationType.ROLL || t.get(1).type() != OperationType.MOVE
                || t.get(1).axis() != Axis.X || t.get(1).amount() == 0) {
            throw new IllegalArgumentException("T7 truth must be 'roll <axis> <a>, move x <d≠0>', got "
                    + truth.canonical());
        }
        Operation predictedRoll = onlyOne(predicted, OperationType.ROLL);
        Operation predictedMove = onlyOne(predicted, OperationType.MOVE);
        double rotation = predictedRoll == null ? 0.0
                : magnitudeCredit(t.get(0), predictedRoll, ROTATION_RANGE_DEGREES);
        double translation = predictedMove != null && predictedMove.axis() == Axis.X
                && Integer.signum(predictedMove.amount()) == Integer.signum(t.get(1).amount()) ? 1.0 : 0.0;
        return 0.5 * rotation + 0.5 * translation;
    }

    /** The prediction's only command of this verb, or null when it has none or several. */
    private static Operation onlyOne(Answer.Operations ops, OperationType verb) {
        List<Operation> ofVerb = ops.operations().stream().filter(o -> o.type() == verb).toList();
        return ofVerb.size() == 1 ? ofVerb.get(0) : null;
    }

    private static Operation requireSingle(Answer.Operations truth, OperationType verb) {
        List<Operation> ops = truth.operations();
        if (ops.size() != 1 || ops.get(0).type() != verb) {
            throw new IllegalArgumentException("truth must be a single " + verb.word() + " command, got "
                    + truth.canonical());
        }
        return ops.get(0);
    }

    /** T4/T9 bond-list rule, see the class comment for the order in which the cases apply. */
    static <B> double bondListScore(Set<B> truth, Set<B> predicted) {
        if (truth.isEmpty()) {
            return predicted.isEmpty() ? 1.0 : 0.0;
        }
        if (predicted.isEmpty() || predicted.size() > 2 * truth.size()) {
            return 0.0;
        }
        if (predicted.equals(truth)) {
            return 1.0;
        }
        if (predicted.containsAll(truth)) {
            return 0.5;
        }
        long correct = predicted.stream().filter(truth::contains).count();
        return (double) correct / Math.max(predicted.size(), truth.size());
    }
}
