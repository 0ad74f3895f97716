package org.misibench.scoring;

/**
 * One command of an operation answer, e.g. {@code move x 3} or {@code roll y -60}. The amount is in Å for
 * {@link OperationType#MOVE} and in degrees for {@link OperationType#ROLL}; the spec makes both integers.
 */
public record Operation(OperationType type, Axis axis, int amount) {

    public Operation {
        java.util.Objects.requireNonNull(type, "type");
        java.util.Objects.requireNonNull(axis, "axis");
    }

    public static Operation move(Axis axis, int angstroms) {
        return new Operation(OperationType.MOVE, axis, angstroms);
    }

    public static Operation roll(Axis axis, int degrees) {
        return new Operation(OperationType.ROLL, axis, degrees);
    }

    /** The canonical text, e.g. {@code "roll y -60"}. */
    @Override
    public String toString() {
        return type.word() + " " + axis.letter() + " " + amount;
    }
}
