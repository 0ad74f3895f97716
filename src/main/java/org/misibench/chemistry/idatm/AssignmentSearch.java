package org.misibench.chemistry.idatm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the bond-order assignments of a ring system, falling back step by step when the structure
 * as typed so far admits none (ChimeraX's order):
 * <ol>
 *   <li>neutral atoms only; if that finds nothing, or if some ring holding N or O gets no fully
 *       alternating assignment from it (ring order sum n + n/2), charged N/O are allowed as well;</li>
 *   <li>flip the guessed exocyclic bonds (terminal O, S, C) between single and double, most doubtful
 *       first and as few as possible; the first set of flips that works is kept, and its outside O/S
 *       is retyped (O3/O2, S3/S2);</li>
 *   <li>invert outside neighbours that pass 2 marked uncertain (C3 ↔ C2, Npl ↔ N2, with their bond
 *       labels), as few as possible; the inversion belonging to the assignment finally chosen is
 *       applied by {@link #applyInversion}.</li>
 * </ol>
 * An empty result means ChimeraX gives up on the system and logs a warning.
 */
final class AssignmentSearch {

    private final TypingState s;
    private final RingSystem system;
    private final ExocyclicBondLabels labels;
    /** All assignments found, in order; the later steps need every one, not just the best. */
    final List<int[]> assignments = new ArrayList<>();
    /** For the uncertain-neighbour fallback only: the inverted neighbours behind each assignment. */
    private final List<List<Integer>> inversions = new ArrayList<>();
    /** The bond through which each uncertain outside atom is inverted. */
    private final Map<Integer, AtomPair> bondOfUncertain = new HashMap<>();

    AssignmentSearch(TypingState s, RingSystem system, ExocyclicBondLabels labels) {
        this.s = s;
        this.system = system;
        this.labels = labels;
    }

    void run() {
        assignments.addAll(enumerate(false));
        if (assignments.isEmpty()) {
            assignments.addAll(enumerate(true));
        } else if (someNitrogenOrOxygenRingNeverAlternates()) {
            List<int[]> neutral = List.copyOf(assignments);
            assignments.clear();
            assignments.addAll(enumerate(true));
            assignments.addAll(neutral);
        }
        if (assignments.isEmpty()) {
            flipGuessedBonds();
        }
        if (assignments.isEmpty()) {
            invertUncertainNeighbours();
        }
    }

    private List<int[]> enumerate(boolean charged) {
        return BondOrderAssignments.enumerate(s, system, labels, charged);
    }

    /** A ring with N or O for which no assignment has ring order sum n + n/2 (7 for a 5-ring, 9 for a 6-ring). */
    private boolean someNitrogenOrOxygenRingNeverAlternates() {
        for (int[] ring : system.rings) {
            boolean hasNO = false;
            for (int a : ring) {
                hasNO |= s.is(a, "N") || s.is(a, "O");
            }
            if (!hasNO) {
                continue;
            }
            boolean alternates = false;
            for (int[] assignment : assignments) {
                int sum = 0;
                for (AtomPair b : RingSystem.ringBonds(ring)) {
                    sum += system.order(assignment, b.low(), b.high());
                }
                alternates |= sum == ring.length + ring.length / 2;
            }
            if (!alternates) {
                return true;
            }
        }
        return false;
    }

    private void flipGuessedBonds() {
        List<ExocyclicBondLabels.Flippable> flippable = new ArrayList<>(labels.possiblyAmbiguous);
        flippable.sort(Comparator.comparingDouble(this::doubt));
        if (flippable.isEmpty()) {
            return;
        }
        for (boolean charged : new boolean[] {false, true}) {
            for (List<ExocyclicBondLabels.Flippable> flip : Subsets.bySize(flippable)) {
                flip.forEach(f -> labels.invert(f.bond()));
                assignments.addAll(enumerate(charged));
                if (!assignments.isEmpty()) {
                    flip.forEach(this::retypeFlippedAtom);
                    return;
                }
                flip.forEach(f -> labels.invert(f.bond()));
            }
        }
    }

    /** How far a bond to a terminal O or S is from the C=O / C=S cutoff (squared lengths); 0 for others. */
    private double doubt(ExocyclicBondLabels.Flippable f) {
        double d2 = s.sqDist(f.bond().low(), f.bond().high());
        if (s.is(f.outside(), "O")) {
            return Math.abs(d2 - HybridisationPasses.sq(1.30));
        }
        if (s.is(f.outside(), "S")) {
            return Math.abs(d2 - HybridisationPasses.sq(1.76));
        }
        return 0;
    }

    private void retypeFlippedAtom(ExocyclicBondLabels.Flippable f) {
        boolean single = labels.get(f.bond().low(), f.bond().high()) == BondOrder.SINGLE;
        if (s.is(f.outside(), "O")) {
            s.type[f.outside()] = single ? "O3" : "O2";
        } else if (s.is(f.outside(), "S")) {
            s.type[f.outside()] = single ? "S3" : "S2";
        }
    }

    private void invertUncertainNeighbours() {
        List<Integer> uncertain = new ArrayList<>();
        for (ExocyclicBondLabels.RingNeighbour n : labels.ringNeighbours) {
            if (s.redo[n.outside()] != 0) {
                uncertain.add(n.outside());
                bondOfUncertain.put(n.outside(), n.bond()); // an atom on two system atoms keeps its last bond
            }
        }
        if (uncertain.isEmpty()) {
            return;
        }
        for (boolean charged : new boolean[] {false, true}) {
            int sizeThatWorked = Integer.MAX_VALUE;
            for (List<Integer> subset : Subsets.bySize(uncertain)) {
                if (subset.size() > sizeThatWorked) {
                    break; // every subset of the smallest working size has been tried
                }
                invert(subset);
                List<int[]> more = enumerate(charged);
                invert(subset);
                if (!more.isEmpty()) {
                    sizeThatWorked = subset.size();
                    for (int[] assignment : more) {
                        assignments.add(assignment);
                        inversions.add(subset);
                    }
                }
            }
            if (!assignments.isEmpty()) {
                return;
            }
        }
    }

    /** Re-applies the inversion of the uncertain neighbours that produced assignment {@code index}, if any. */
    void applyInversion(int index) {
        if (!inversions.isEmpty()) {
            invert(inversions.get(index));
        }
    }

    /** Inverts each atom's bond label and its type: C3 and C2 swap, as do Npl and N2. */
    private void invert(List<Integer> atoms) {
        for (int a : atoms) {
            labels.invert(bondOfUncertain.get(a));
            s.type[a] = switch (s.type[a]) {
                case "C3" -> "C2";
                case "C2" -> "C3";
                case "Npl" -> "N2";
                case "N2" -> "Npl";
                default -> s.type[a]; // ChimeraX logs an error and only inverts the bond label
            };
        }
    }
}
