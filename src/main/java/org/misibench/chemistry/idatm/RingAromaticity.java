package org.misibench.chemistry.idatm;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, once a ring system's best bond-order assignment is chosen, which of its rings are
 * aromatic, and types their atoms.
 *
 * <p>Aromaticity is judged per ring by counting the electrons each atom can give to the ring, as a
 * range [min, max], and accepting the ring when some count in the range is 4n+2. This is a separate
 * count from the π count used to rank assignments: it looks at all of an atom's bonds, hydrogens
 * included, and at the exocyclic bond labels. In particular a ring C with an exocyclic double bond
 * (C=O, C=N, C=C) makes its ring non-aromatic unless the C is a fusion atom and the outside atom
 * has further neighbours, so pyridones, uracils, guanine's 6-ring and lactams stay C2.
 */
final class RingAromaticity {

    private final TypingState s;
    private final RingSystem system;
    private final ExocyclicBondLabels labels;
    private final List<int[]> assignments;
    private final int[] best;

    RingAromaticity(TypingState s, RingSystem system, ExocyclicBondLabels labels, List<int[]> assignments, int[] best) {
        this.s = s;
        this.system = system;
        this.labels = labels;
        this.assignments = assignments;
        this.best = best;
    }

    /** The free-electron test. */
    boolean isAromatic(int[] ring) {
        int min = 0;
        int max = 0;
        for (int a : ring) {
            min++;
            int z = s.atomicNumber(a);
            int valenceElectrons = (z - 2) % 8;
            if (s.bonds(a) == 2) {
                if (z > 20) {
                    max += 2;
                } else if (valenceElectrons < 3 || valenceElectrons == 7) {
                    return false;
                } else if (valenceElectrons < 5) {
                    max++;
                } else if (valenceElectrons == 5) {
                    int[] n = s.nb(a);
                    if (system.order(best, a, n[0]) + system.order(best, a, n[1]) == 2) {
                        min++; // a pyrrole-type N or P: its lone pair is in the ring
                        max += 2;
                    } else {
                        max++;
                    }
                } else if (z == 8 && system.isOarPlus(best, a)) {
                    max++;
                } else {
                    min++;
                    max += 2;
                }
            } else if (s.bonds(a) == 3) {
                if (z > 20) {
                    max += 2;
                    continue;
                }
                if (valenceElectrons < 4 || valenceElectrons > 5) {
                    return false;
                }
                int outside = firstBondOutside(a, ring);
                BondOrder outsideOrder = orderOfBond(a, outside);
                if (valenceElectrons == 4) {
                    if (outsideOrder == BondOrder.DOUBLE
                            && (s.bonds(outside) <= 1 || !system.inAnotherRing(a, ring))) {
                        return false; // exocyclic double bond on a non-fusion C: its π electron leaves the ring
                    }
                    max++;
                } else if (outsideOrder == BondOrder.DOUBLE || (z == 7 && system.isN2Plus(best, a))) {
                    max++;
                } else {
                    min++;
                    max += 2;
                }
            } else {
                return false;
            }
        }
        int offBy = (min - 2) % 4;
        return offBy == 0 || offBy + (max - min) >= 4;
    }

    /** The neighbour across the atom's first bond (in bond order) that is not a bond of this ring. */
    private int firstBondOutside(int a, int[] ring) {
        List<AtomPair> ringBonds = RingSystem.ringBonds(ring);
        for (int x : s.nb(a)) {
            if (!ringBonds.contains(AtomPair.of(a, x))) {
                return x;
            }
        }
        throw new IllegalStateException("a 3-bond ring atom has a bond outside its ring");
    }

    /**
     * The order of a bond leaving the ring: its label when it leaves the system (or joins two system atoms
     * outside every ring); for a bond of another ring of the system, the order all assignments agree on, or
     * AMBIGUOUS when they differ.
     */
    private BondOrder orderOfBond(int a, int x) {
        if (labels.isLabelled(a, x) || system.bondIndex(a, x) < 0) {
            return labels.get(a, x);
        }
        BondOrder agreed = BondOrder.AMBIGUOUS;
        for (int[] assignment : assignments) {
            BondOrder order = BondOrder.of(system.order(assignment, a, x));
            if (agreed == BondOrder.AMBIGUOUS) {
                agreed = order;
            } else if (agreed != order) {
                return BondOrder.AMBIGUOUS;
            }
        }
        return agreed;
    }

    /**
     * Types the ring's atoms: in an aromatic ring C → Car, O → Oar (Oar+ when charged), S → Sar, and a 3-bond N
     * that is charged under the best assignment → N2+ (a one-bond O on it → O3−). Every 2-bond ring N, aromatic
     * ring or not, becomes Npl when both its ring bonds are single (it carries the H) and N2 otherwise; the later
     * N passes leave these alone.
     */
    void type(int[] ring) {
        boolean aromatic = isAromatic(ring);
        List<Integer> twoBondNitrogens = new ArrayList<>();
        for (int a : ring) {
            if (s.is(a, "N")) {
                if (s.bonds(a) == 2) {
                    twoBondNitrogens.add(a);
                } else if (aromatic && system.isN2Plus(best, a)) {
                    s.type[a] = "N2+";
                    if (s.bonds(a) == 3) {
                        for (int x : s.nb(a)) {
                            if (s.is(x, "O") && s.bonds(x) == 1) {
                                s.type[x] = "O3-";
                            }
                        }
                    }
                }
                continue;
            }
            if (!aromatic) {
                continue;
            }
            switch (s.el(a)) {
                case "C" -> s.type[a] = "Car";
                case "O" -> s.type[a] = system.isOarPlus(best, a) ? "Oar+" : "Oar";
                case "S" -> s.type[a] = "Sar";
                default -> { }
            }
        }
        for (int a : twoBondNitrogens) {
            int[] n = s.nb(a);
            boolean bothSingle = system.order(best, a, n[0]) + system.order(best, a, n[1]) == 2;
            s.type[a] = bothSingle ? "Npl" : "N2";
            s.ringAssignedN[a] = true;
        }
    }
}
