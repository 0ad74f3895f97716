package org.misibench.chemistry.idatm;

/**
 * Passes that set formal charges as they are at physiological pH:
 * <ul>
 *   <li>pass 6: amines on saturated neighbours are N3+, amidine/guanidine-like N are Ng+, carboxylate O
 *       are O2− even when an H is present;</li>
 *   <li>pass 10: nitrite/nitrate N is N2 with O2−;</li>
 *   <li>pass 11: an S3 thiol bridging three or more metals is a thiolate S3−.</li>
 * </ul>
 */
final class ChargePasses {

    private final TypingState s;

    ChargePasses(TypingState state) {
        this.s = state;
    }

    /**
     * Pass 6, one sweep in atom order:
     * <ul>
     *   <li>an N (not yet N3+) whose neighbours are all C3, H or D becomes N3+;</li>
     *   <li>a C2 with at least two neighbours that are untyped-by-template Npl or Ng+: its untyped Npl neighbours
     *       become Ng+ in turn, unless one of them is in a ring, in which case the walk stops and its Ng+
     *       neighbours go back to Npl. Ureas and acylureas outside rings therefore get Ng+ as well;</li>
     *   <li>a Cac's O neighbours with one heavy neighbour become O2−.</li>
     * </ul>
     */
    void nitrogenAndCarboxylateCharges() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i]) {
                continue;
            }
            if (s.is(i, "N") && !s.typed(i, "N3+")) {
                if (s.onlyC3OrHydrogenNeighbours(i)) {
                    s.type[i] = "N3+";
                }
            } else if (s.typed(i, "C2")) {
                guanidiniumLike(i);
            } else if (s.typed(i, "Cac")) {
                for (int j : s.nb(i)) {
                    if (s.free[j] && s.is(j, "O") && s.heavys(j) == 1) {
                        s.type[j] = "O2-";
                    }
                }
            }
        }
    }

    private void guanidiniumLike(int c) {
        int nitrogens = 0;
        for (int j : s.nb(c)) {
            nitrogens += (s.typed(j, "Npl") && s.free[j]) || s.typed(j, "Ng+") ? 1 : 0;
        }
        if (nitrogens < 2) {
            return;
        }
        boolean ringNitrogen = false;
        for (int j : s.nb(c)) {
            if (!s.typed(j, "Npl") || !s.free[j]) {
                continue;
            }
            if (s.inTypingRing(j)) {
                ringNitrogen = true;
                break;
            }
            s.type[j] = "Ng+";
        }
        if (ringNitrogen) {
            for (int j : s.nb(c)) {
                if (s.free[j] && s.typed(j, "Ng+")) {
                    s.type[j] = "Npl";
                }
            }
        }
    }

    /** Pass 10: an N whose two neighbours are both one-neighbour O. */
    void nitriteAndNitrate() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || !s.is(i, "N") || s.bonds(i) != 2) {
                continue;
            }
            int[] n = s.nb(i);
            if (s.is(n[0], "O") && s.bonds(n[0]) == 1 && s.is(n[1], "O") && s.bonds(n[1]) == 1) {
                s.type[i] = "N2";
                s.type[n[0]] = "O2-";
                s.type[n[1]] = "O2-";
            }
        }
    }

    /** Pass 11: applies to templated atoms too (a CYS SG in an iron–sulfur cluster). */
    void thiolatesOnMetalClusters() {
        for (int i = 0; i < s.m.size(); i++) {
            if (s.typed(i, "S3") && s.bonds(i) < 2 && s.m.metalLinks(i) >= 3) {
                s.type[i] = "S3-";
            }
        }
    }
}
