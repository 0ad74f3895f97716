package org.misibench.chemistry.idatm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Passes that settle sp2 types from the types of neighbours: a double bond needs two sp2 partners.
 * <ul>
 *   <li>pass 5: a C2 with no sp2 partner is C3, unless it can make a terminal neighbour its partner;</li>
 *   <li>pass 7: a 2-neighbour Npl whose bonds are short together is N2, with a double-bond partner;</li>
 *   <li>pass 8: N outside aromatic rings, by whether their sp2 neighbours have other sp2 partners;</li>
 *   <li>pass 9: a hydroxyl-looking O on an sp2 atom with no other sp2 partner is a carbonyl O2.</li>
 * </ul>
 */
final class ConjugationPasses {

    private final TypingState s;

    ConjugationPasses(TypingState state) {
        this.s = state;
    }

    // ---- pass 5 ------------------------------------------------------------------------------------------

    /**
     * A C2 must be bonded to a planar atom other than Cac, N2+, or an Npl with more than two neighbours and more
     * than one heavy neighbour (three such Npl still count: guanidinium). Neighbours of unknown type are
     * ignored. Failing that, a 3-neighbour C2 keeps its type and gives sp2 to the terminal C, O, N or S neighbour
     * whose bond is shortest relative to a double-bond length; any other C2 becomes C3.
     */
    void sp2CarbonsNeedSp2Partners() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || !s.typed(i, "C2")) {
                continue;
            }
            boolean partner = false;
            int npl = 0;
            List<Integer> terminal = new ArrayList<>();
            for (int j : s.nb(i)) {
                if (!s.known(j)) {
                    continue;
                }
                String t = s.type[j];
                if (s.planar(j) && !t.equals("Cac") && !t.equals("N2+")
                        && !(t.equals("Npl") && s.bonds(j) > 2 && s.heavys(j) > 1)) {
                    partner = true;
                    break;
                }
                if (s.bonds(j) == 1) {
                    terminal.add(j);
                }
                npl += t.equals("Npl") ? 1 : 0;
            }
            if (partner || npl == 3) {
                continue;
            }
            int best = s.bonds(i) == 3 ? bestTerminalPartner(i, terminal) : -1;
            if (best < 0) {
                s.type[i] = "C3";
            } else {
                s.type[best] = switch (s.el(best)) {
                    case "C" -> "C2";
                    case "O" -> "O2";
                    case "N" -> "N2";
                    default -> "S2";
                };
            }
        }
    }

    /** Among terminal C, O, N and S: the smallest squared length over squared reference length; −1 if none. */
    private int bestTerminalPartner(int centre, List<Integer> terminal) {
        int best = -1;
        double bestRatio = 0;
        for (int j : terminal) {
            double reference = switch (s.el(j)) {
                case "C" -> 1.41;
                case "O" -> 1.30;
                case "N" -> 1.38;
                case "S" -> 1.76;
                default -> 0;
            };
            if (reference == 0) {
                continue;
            }
            double ratio = s.sqDist(centre, j) / HybridisationPasses.sq(reference);
            if (best < 0 || ratio < bestRatio) {
                best = j;
                bestRatio = ratio;
            }
        }
        return best;
    }

    // ---- pass 7 ------------------------------------------------------------------------------------------

    /**
     * An Npl with exactly two neighbours, both heavy, and not typed by the ring pass, becomes N2 when the product
     * of its bond lengths to C, N and terminal O is below the product of their reference lengths (shorter bonds
     * mean double-bond character, hence no H). The double bond goes to the neighbour with the smallest ratio
     * length/reference ≤ 1 (a later neighbour wins a tie) that is not Car, not an N with more than two bonds,
     * and has no other terminal linear or planar neighbour; that neighbour becomes C2, N2 or O2.
     */
    void shortBondedNplToN2() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || !s.typed(i, "Npl") || s.heavys(i) != 2 || s.ringAssignedN[i] || s.bonds(i) > 2) {
                continue;
            }
            double threshold = 1;
            double product = 1;
            int recipient = -1;
            double bestRatio = 1;
            for (int j : s.nb(i)) {
                double reference = switch (s.el(j)) {
                    case "C" -> 1.3629;
                    case "N" -> 1.3337;
                    case "O" -> s.bonds(j) > 1 ? 0 : 1.3485;
                    default -> 0;
                };
                if (reference == 0) {
                    continue;
                }
                double length = s.dist(i, j);
                threshold *= reference;
                product *= length;
                double ratio = length / reference;
                if (length > reference || ratio > bestRatio || (s.is(j, "N") && s.bonds(j) > 2)
                        || s.typed(j, "Car") || hasOtherTerminalLinearOrPlanar(j, i)) {
                    continue;
                }
                recipient = j;
                bestRatio = ratio;
            }
            if (product < threshold && recipient >= 0) {
                s.type[i] = "N2";
                switch (s.el(recipient)) {
                    case "C" -> s.type[recipient] = "C2";
                    case "N" -> s.type[recipient] = "N2";
                    case "O" -> s.type[recipient] = "O2";
                    default -> { }
                }
            }
        }
    }

    private boolean hasOtherTerminalLinearOrPlanar(int j, int except) {
        for (int g : s.nb(j)) {
            if (g != except && s.heavys(g) == 1 && IdatmTable.geometry(s.type[g])
                    .map(geometry -> geometry == Geometry.LINEAR || geometry == Geometry.PLANAR).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    // ---- pass 8 ------------------------------------------------------------------------------------------

    /**
     * N typed Npl (with two neighbours), N2 or N3 outside aromatic rings and not typed by the ring pass.
     * First each one's sp2 partners are collected: planar neighbours of known type other than Npl and outside
     * aromatic rings. An aromatic-ring neighbour is never a partner, but makes an N with one heavy neighbour
     * Npl (aniline). Then, taking N with one partner first, then two, then three, an N with a partner that has
     * no other sp2 neighbour (so the double bond must be to this N) becomes N2 if it has more than one heavy
     * neighbour, else N3 or N3+. N with no partner, or whose partners all have other sp2 neighbours, keep their
     * type.
     */
    void nitrogensOutsideAromaticRings() {
        Map<Integer, List<Integer>> sp2Partners = new LinkedHashMap<>();
        for (int i = 0; i < s.m.size(); i++) {
            String t = s.type[i];
            if (!s.free[i] || s.ringAssignedN[i] || !(t.equals("Npl") || t.equals("N2") || t.equals("N3"))
                    || s.aromaticRing(i) || (t.equals("Npl") && s.bonds(i) != 2)) {
                continue;
            }
            List<Integer> partners = new ArrayList<>();
            for (int j : s.nb(i)) {
                if (s.aromaticRing(j)) {
                    if (s.heavys(i) == 1) {
                        s.type[i] = "Npl";
                        break;
                    }
                    continue;
                }
                if (s.planar(j) && !s.typed(j, "Npl")) {
                    partners.add(j);
                }
            }
            sp2Partners.put(i, partners);
        }
        for (int count = 1; count <= 3; count++) {
            for (var e : sp2Partners.entrySet()) {
                if (e.getValue().size() != count) {
                    continue;
                }
                int i = e.getKey();
                for (int j : e.getValue()) {
                    if (!hasRemoteSp2(j, i)) {
                        int heavy = s.heavys(i);
                        s.type[i] = heavy > 1 ? "N2" : heavy == 1 && !s.onlyC3OrHydrogenNeighbours(i) ? "N3" : "N3+";
                        break;
                    }
                }
            }
        }
    }

    /**
     * Atom {@code j} has a neighbour other than {@code except} that may carry its double bond: one of unknown
     * type or planar, other than Car and Npl.
     */
    private boolean hasRemoteSp2(int j, int except) {
        for (int g : s.nb(j)) {
            if (g != except && (!s.known(g) || s.planar(g)) && !s.typed(g, "Car") && !s.typed(g, "Npl")) {
                return true;
            }
        }
        return false;
    }

    // ---- pass 9 ------------------------------------------------------------------------------------------

    /** A one-neighbour O3 on a planar atom outside aromatic rings, with no other sp2 neighbour there, is O2. */
    void carbonylOxygens() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || !s.typed(i, "O3") || s.bonds(i) != 1) {
                continue;
            }
            int p = s.nb(i)[0];
            if (!s.aromaticRing(p) && s.planar(p) && !hasRemoteSp2(p, i)) {
                s.type[i] = "O2";
            }
        }
    }
}
