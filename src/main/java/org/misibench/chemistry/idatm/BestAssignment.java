package org.misibench.chemistry.idatm;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses among a ring system's bond-order assignments, in three cascading steps:
 * <ol>
 *   <li>most aromatic: the largest sum of the sizes of rings with 4n+2 π electrons under the assignment
 *       (a fused atom counts once per ring), if any ring is aromatic at all;</li>
 *   <li>least charged: fewest N2+ and Oar+ atoms;</li>
 *   <li>best fit to the bond lengths: the smallest Σ(length² · order) / Σ order over the system bonds,
 *       so that double bonds go where bonds are short. On a tie the first assignment wins.</li>
 * </ol>
 * This choice decides, among other things, which ring N of an imidazole or purine carries the H.
 */
final class BestAssignment {

    private BestAssignment() {
    }

    /** The index of the best assignment; there must be at least one. */
    static int choose(TypingState s, RingSystem system, List<int[]> assignments) {
        if (assignments.size() == 1) {
            return 0;
        }
        List<Integer> candidates = mostAromatic(s, system, assignments);
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            for (int i = 0; i < assignments.size(); i++) {
                candidates.add(i);
            }
        }
        candidates = leastCharged(system, assignments, candidates);
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        int best = -1;
        double bestFit = 0;
        for (int i : candidates) {
            double fit = lengthFit(s, system, assignments.get(i));
            if (best < 0 || fit < bestFit) {
                best = i;
                bestFit = fit;
            }
        }
        return best;
    }

    /** The assignments with the largest non-zero aromatic ring-size sum; empty when no ring is ever aromatic. */
    private static List<Integer> mostAromatic(TypingState s, RingSystem system, List<int[]> assignments) {
        List<Integer> best = new ArrayList<>();
        int bestSum = 0;
        for (int i = 0; i < assignments.size(); i++) {
            int sum = 0;
            for (int[] ring : system.rings) {
                if (piElectrons(s, system, assignments.get(i), ring) % 4 == 2) {
                    sum += ring.length;
                }
            }
            if (sum > 0 && sum >= bestSum) {
                if (sum > bestSum) {
                    best.clear();
                }
                best.add(i);
                bestSum = sum;
            }
        }
        return best;
    }

    /**
     * π electrons of a ring under an assignment, or 0 when the ring cannot be aromatic under it. Per atom, with
     * its order sum and number of bonds taken over the system bonds only: C gives 1 (but a C whose two system
     * bonds are single has an exocyclic double bond or is saturated: not aromatic); N, O, S give 2 with a sum
     * of 2 (lone pair) and 1 otherwise, except that a 5-ring N must have a sum of 3; B gives 1 with two bonds
     * and a sum of 2; heavier and other elements make the ring non-aromatic.
     */
    static int piElectrons(TypingState s, RingSystem system, int[] assignment, int[] ring) {
        int pi = 0;
        for (int a : ring) {
            int sum = 0;
            int systemBonds = 0;
            for (int x : s.nb(a)) {
                int k = system.bondIndex(a, x);
                if (k >= 0) {
                    sum += assignment[k];
                    systemBonds++;
                }
            }
            int z = s.atomicNumber(a);
            int valenceElectrons = (z - 2) % 8;
            if (z > 20 || valenceElectrons < 3 || valenceElectrons > 6) {
                return 0;
            }
            if (valenceElectrons == 4) {
                if (sum == 2 && systemBonds == 2) {
                    return 0;
                }
                pi++;
            } else if (valenceElectrons > 4) {
                if (valenceElectrons == 5 && sum != 3 && ring.length == 5) {
                    return 0;
                }
                pi += sum == 2 ? 2 : 1;
            } else if (s.bonds(a) == 2 && sum == 2) {
                pi++;
            } else {
                return 0;
            }
        }
        return pi;
    }

    private static List<Integer> leastCharged(RingSystem system, List<int[]> assignments, List<Integer> candidates) {
        List<Integer> best = new ArrayList<>();
        int lowest = Integer.MAX_VALUE;
        for (int i : candidates) {
            int charged = 0;
            for (int a : system.atoms) {
                boolean n = system.m.atom(a).element().atomicNumber() == 7;
                boolean o = system.m.atom(a).element().atomicNumber() == 8;
                if ((n && system.isN2Plus(assignments.get(i), a)) || (o && system.isOarPlus(assignments.get(i), a))) {
                    charged++;
                }
            }
            if (charged < lowest) {
                best.clear();
                lowest = charged;
            }
            if (charged == lowest) {
                best.add(i);
            }
        }
        return best;
    }

    private static double lengthFit(TypingState s, RingSystem system, int[] assignment) {
        double weighted = 0;
        int orders = 0;
        for (int k = 0; k < assignment.length; k++) {
            AtomPair b = system.bonds.get(k);
            weighted += s.sqDist(b.low(), b.high()) * assignment[k];
            orders += assignment[k];
        }
        return weighted / orders;
    }
}
