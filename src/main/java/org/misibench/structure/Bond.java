package org.misibench.structure;

/**
 * A bond between two atoms of a structure, by index into its atom list ({@code first < second}).
 *
 * @param order 1, 2, 3, 4 (aromatic) as the file states, 0 when the file gives no order
 */
public record Bond(int first, int second, int order) {

    public Bond {
        if (first == second) {
            throw new IllegalArgumentException("an atom cannot bond to itself: " + first);
        }
        if (first > second) {
            int t = first;
            first = second;
            second = t;
        }
    }

    /** The other end of this bond. */
    public int other(int atom) {
        return atom == first ? second : first;
    }
}
