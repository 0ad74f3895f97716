package org.misibench.scoring;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A parsed answer, one variant per {@link AnswerKind}. Ground truth and predictions share these types, so
 * the scorer compares like with like and never looks at raw strings.
 */
public sealed interface Answer {

    AnswerKind kind();

    /** The canonical answer text, as the benchmark writes it. */
    String canonical();

    /** Operations in answer order, e.g. {@code roll x 75, move x -14}. Never empty. */
    record Operations(List<Operation> operations) implements Answer {
        public Operations {
            operations = List.copyOf(operations);
            if (operations.isEmpty()) {
                throw new IllegalArgumentException("an operation answer needs at least one command");
            }
        }

        public static Operations of(Operation... operations) {
            return new Operations(List.of(operations));
        }

        @Override
        public AnswerKind kind() {
            return AnswerKind.OPERATIONS;
        }

        @Override
        public String canonical() {
            return operations.stream().map(Operation::toString).collect(Collectors.joining(", "));
        }
    }

    /** A multiple-choice letter A-D. */
    record Choice(char letter) implements Answer {
        public Choice {
            letter = Character.toUpperCase(letter);
            if (letter < 'A' || letter > 'D') {
                throw new IllegalArgumentException("choice must be A-D, got " + letter);
            }
        }

        @Override
        public AnswerKind kind() {
            return AnswerKind.CHOICE;
        }

        @Override
        public String canonical() {
            return String.valueOf(letter);
        }
    }

    /**
     * The T4 answer: an empty set means {@code No}. Bonds form a set because the spec compares them
     * order-insensitively; a bond written twice counts once.
     */
    record ResidueBonds(Set<ResidueBond> bonds) implements Answer {
        public ResidueBonds {
            bonds = Set.copyOf(bonds);
        }

        public static ResidueBonds none() {
            return new ResidueBonds(Set.of());
        }

        public static ResidueBonds of(ResidueBond... bonds) {
            return new ResidueBonds(Set.of(bonds));
        }

        @Override
        public AnswerKind kind() {
            return AnswerKind.RESIDUE_HBONDS;
        }

        /** {@code No}, or {@code Yes: } and the bonds sorted by their text. */
        @Override
        public String canonical() {
            if (bonds.isEmpty()) {
                return "No";
            }
            return "Yes: " + bonds.stream().map(ResidueBond::toString).sorted().collect(Collectors.joining("; "));
        }
    }

    /** The T9 answer: an empty set means {@code No}. A set for the same reason as {@link ResidueBonds}. */
    record PocketBonds(Set<PocketBond> bonds) implements Answer {
        public PocketBonds {
            bonds = Set.copyOf(bonds);
        }

        public static PocketBonds none() {
            return new PocketBonds(Set.of());
        }

        public static PocketBonds of(PocketBond... bonds) {
            return new PocketBonds(Set.of(bonds));
        }

        @Override
        public AnswerKind kind() {
            return AnswerKind.POCKET_HBONDS;
        }

        /** {@code No}, or the bonds sorted by their text and joined by {@code "; "}. */
        @Override
        public String canonical() {
            if (bonds.isEmpty()) {
                return "No";
            }
            return bonds.stream().map(PocketBond::toString).sorted().collect(Collectors.joining("; "));
        }
    }
}
