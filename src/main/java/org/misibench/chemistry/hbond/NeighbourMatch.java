package org.misibench.chemistry.hbond;

import java.util.Arrays;
import java.util.List;

/**
 * Matches the neighbours of one centre atom against a list of expected substituents, with the
 * semantics of ChimeraX's chem-group matcher that the donor and acceptor classes rely on (spec §1.4):
 * every neighbour (except the atom the centre was reached from) must be taken by exactly one
 * expected substituent; an expected substituent that could be a hydrogen may stay unused; a chain
 * break (missing-structure link) counts as a neighbour nothing accepts. Alternatives are tried in
 * neighbour order, so equivalent substituents take the neighbours in bond order.
 */
final class NeighbourMatch {

    /** An expected substituent: a test on the neighbour (given the centre it hangs from). */
    @FunctionalInterface
    interface Test {
        boolean accepts(TypedModel m, int atom, int centre);
    }

    /** One expected substituent; {@code optional} when it could be a hydrogen and may stay unmatched. */
    record Slot(Test test, boolean optional) {
    }

    private NeighbourMatch() {
    }

    static Slot required(Test t) {
        return new Slot(t, false);
    }

    static Slot optional(Test t) {
        return new Slot(t, true);
    }

    /**
     * The neighbour taken by each slot (−1 for an unused optional slot), or null when the centre's
     * neighbours cannot be assigned.
     *
     * @param parent the atom the centre was reached from (not matched), or −1
     */
    static int[] match(TypedModel m, int centre, int parent, List<Slot> slots) {
        if (m.hasMissingLink(centre)) {
            return null;
        }
        int[] nbrs = Arrays.stream(m.neighbours(centre)).filter(n -> n != parent).toArray();
        if (nbrs.length > slots.size()) {
            return null;
        }
        int[] taken = new int[slots.size()];
        Arrays.fill(taken, -1);
        boolean[] used = new boolean[nbrs.length];
        return assign(m, centre, nbrs, slots, 0, taken, used) ? taken : null;
    }

    /** Convenience: whether the centre's neighbours match the slots. */
    static boolean matches(TypedModel m, int centre, int parent, List<Slot> slots) {
        return match(m, centre, parent, slots) != null;
    }

    private static boolean assign(TypedModel m, int centre, int[] nbrs, List<Slot> slots, int s, int[] taken,
                                  boolean[] used) {
        if (s == slots.size()) {
            for (boolean u : used) {
                if (!u) {
                    return false;
                }
            }
            return true;
        }
        Slot slot = slots.get(s);
        for (int k = 0; k < nbrs.length; k++) {
            if (!used[k] && slot.test().accepts(m, nbrs[k], centre)) {
                used[k] = true;
                taken[s] = nbrs[k];
                if (assign(m, centre, nbrs, slots, s + 1, taken, used)) {
                    return true;
                }
                used[k] = false;
                taken[s] = -1;
            }
        }
        return slot.optional() && assign(m, centre, nbrs, slots, s + 1, taken, used);
    }
}
