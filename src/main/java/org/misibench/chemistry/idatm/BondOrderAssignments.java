package org.misibench.chemistry.idatm;

import java.util.ArrayList;
import java.util.List;

/**
 * Enumerates every way to give the bonds of a ring system order 1 or 2 such that each ring atom's
 * valence works out, with its exocyclic bonds counted at their labelled orders. Bonds are taken in
 * {@link RingSystem#bonds} order, order 1 before order 2, so the list comes out in a fixed order
 * (ties in the later ranking go to the first).
 *
 * <p>Each time a bond gets an order, both of its atoms are checked:
 * <ul>
 *   <li>while some of the atom's ring bonds are still open, only over-full valences are cut off
 *       (an exocyclic double bond, or a sum of 3 on a 3-bond atom, leaves no room for a ring double
 *       bond; a 2-bond atom cannot take two double bonds);</li>
 *   <li>once all its ring bonds are set, atoms up to Ca need their exact valence: 4 for C, 3 for N
 *       and P, 2 for O and S, 3 for B. An atom with only two bonds may carry an implied H, and an
 *       AMBIGUOUS exocyclic bond may be single or double; either lets the sum be one lower.</li>
 * </ul>
 * In <em>charged</em> mode a 3-bond N and a 2-bond O may also take one bond more (pyridinium,
 * pyrylium).
 */
final class BondOrderAssignments {

    private final TypingState s;
    private final RingSystem system;
    private final ExocyclicBondLabels labels;
    private final boolean charged;
    private final List<int[]> found = new ArrayList<>();

    private BondOrderAssignments(TypingState s, RingSystem system, ExocyclicBondLabels labels, boolean charged) {
        this.s = s;
        this.system = system;
        this.labels = labels;
        this.charged = charged;
    }

    static List<int[]> enumerate(TypingState s, RingSystem system, ExocyclicBondLabels labels, boolean charged) {
        BondOrderAssignments search = new BondOrderAssignments(s, system, labels, charged);
        search.assign(0, new int[system.bonds.size()]);
        return search.found;
    }

    /** Tries both orders for bond {@code next}; bonds before it are set, bonds after it are open. */
    private void assign(int next, int[] orders) {
        AtomPair bond = system.bonds.get(next);
        boolean singleOk = true;
        boolean doubleOk = true;
        for (int end : new int[] {bond.low(), bond.high()}) {
            EndCheck check = checkEnd(end, bond.other(end), next, orders);
            singleOk &= check.singleOk;
            doubleOk &= check.doubleOk;
        }
        for (int order = 1; order <= 2; order++) {
            if (order == 1 ? !singleOk : !doubleOk) {
                continue;
            }
            orders[next] = order;
            if (next + 1 < orders.length) {
                assign(next + 1, orders);
            } else {
                found.add(orders.clone());
            }
        }
        orders[next] = 0;
    }

    private record EndCheck(boolean singleOk, boolean doubleOk) {
    }

    private EndCheck checkEnd(int end, int partner, int next, int[] orders) {
        int sum = 0;
        boolean complete = true;
        boolean flexible = s.bonds(end) == 2; // an implied H counts like an ambiguous bond
        boolean doubleOk = true;
        for (int x : s.nb(end)) {
            if (x == partner) {
                continue;
            }
            int k = system.bondIndex(end, x);
            if (k > next) {
                complete = false; // bonds after the first open one are not looked at yet
                break;
            }
            if (k >= 0) {
                sum += orders[k];
                continue;
            }
            BondOrder label = labels.get(end, x);
            sum += label.valence();
            flexible |= label == BondOrder.AMBIGUOUS;
            doubleOk &= label != BondOrder.DOUBLE;
        }
        boolean singleOk = true;
        if (s.bonds(end) == 2) {
            doubleOk &= sum != 2;
        } else if (sum > 3) {
            return new EndCheck(false, false);
        } else if (sum == 3) {
            doubleOk = false;
        }
        int z = s.atomicNumber(end);
        if (!complete || z > 20) {
            return new EndCheck(singleOk, doubleOk);
        }
        int valenceElectrons = (z - 2) % 8;
        int low;
        int high;
        if (valenceElectrons >= 4) {
            int chargeRoom = 0;
            if (charged && ((z == 7 && s.bonds(end) == 3) || (z == 8 && s.bonds(end) == 2))) {
                chargeRoom = 1;
                flexible = true;
            }
            high = 8 - valenceElectrons + chargeRoom;
            low = flexible ? 7 - valenceElectrons : high;
        } else {
            high = valenceElectrons;
            low = flexible ? valenceElectrons - 1 : high;
        }
        singleOk &= sum + 1 >= low && sum + 1 <= high;
        doubleOk &= sum + 2 >= low && sum + 2 <= high;
        return new EndCheck(singleOk, doubleOk);
    }
}
