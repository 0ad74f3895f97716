package org.misibench.chemistry.idatm;

import java.util.Set;

/**
 * IDATM passes 1–4 (Meng &amp; Lewis, as ChimeraX runs them): hybridisation from geometry alone.
 * Atoms with 2–4 neighbours are typed from neighbour count and bond angles, then atoms with one
 * neighbour from the length of that bond, then 2-neighbour atoms whose angle was inconclusive are
 * rechecked with their bond lengths. Length tests compare squared distances with squared cutoffs,
 * as ChimeraX does, so that results agree even at the cutoff.
 */
final class HybridisationPasses {

    private static final Set<String> ANIONIC_O_ON = Set.of("Cac", "Ntr", "N1+");
    private static final Set<String> TETRAHEDRAL_O_ON = Set.of("Pac", "Sac", "N3+", "Pox", "Son", "Sxd");

    private final TypingState s;

    HybridisationPasses(TypingState state) {
        this.s = state;
    }

    // ---- pass 1 ------------------------------------------------------------------------------------------

    /** Hydrogens and deuteriums: HC/DC on carbon, H/D elsewhere. A D is told apart by its name. */
    void hydrogens() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || !s.isH(i)) {
                continue;
            }
            boolean onCarbon = false;
            for (int j : s.nb(i)) {
                onCarbon |= s.is(j, "C");
            }
            boolean deuterium = firstLetterOf(s.atom(i).name()) == 'D';
            s.type[i] = deuterium ? (onCarbon ? "DC" : "D") : (onCarbon ? "HC" : "H");
        }
    }

    /** The first alphabetic character of an atom name, upper-cased ("2HB" gives 'H'); 0 when there is none. */
    private static char firstLetterOf(String name) {
        for (char c : name.toCharArray()) {
            if (Character.isLetter(c)) {
                return Character.toUpperCase(c);
            }
        }
        return 0;
    }

    // ---- pass 2 ------------------------------------------------------------------------------------------

    /** Atoms with 2, 3 or 4 neighbours (hydrogens counted), by neighbour count and bond angles. */
    void byNeighbourCount() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || s.isH(i)) {
                continue;
            }
            switch (s.bonds(i)) {
                case 4 -> fourNeighbours(i);
                case 3 -> threeNeighbours(i);
                case 2 -> twoNeighbours(i);
                default -> { }
            }
        }
    }

    private void fourNeighbours(int i) {
        int freeO = freeOxygens(i, false);
        switch (s.el(i)) {
            case "C" -> s.type[i] = "C3";
            case "N" -> s.type[i] = "N3+";
            case "P" -> s.type[i] = freeO >= 2 ? "Pac" : freeO == 1 ? "Pox" : "P3+";
            case "S" -> s.type[i] = freeO >= 3 ? "Sac" : freeO >= 1 ? "Son" : "S";
            default -> { }
        }
    }

    private void threeNeighbours(int i) {
        int[] n = s.nb(i);
        double meanAngle = (s.angle(n[0], i, n[1]) + s.angle(n[0], i, n[2]) + s.angle(n[1], i, n[2])) / 3;
        switch (s.el(i)) {
            case "C" -> {
                double shortestSq = Math.min(s.sqDist(i, n[0]), Math.min(s.sqDist(i, n[1]), s.sqDist(i, n[2])));
                boolean sp3 = meanAngle < 113.5 || (meanAngle < 116.5
                        && (shortestSq > sq(1.53) || (shortestSq > sq(1.42) && meanAngle < 115)));
                s.type[i] = sp3 ? "C3" : freeOxygens(i, true) >= 2 ? "Cac" : "C2";
            }
            case "N" -> s.type[i] = meanAngle < 115 ? "N3" : freeOxygens(i, false) >= 2 ? "Ntr" : "Npl";
            case "S" -> {
                boolean oxygen = false;
                for (int j : n) {
                    oxygen |= s.is(j, "O");
                }
                s.type[i] = oxygen ? "Sxd" : "S3+";
            }
            default -> { }
        }
    }

    private void twoNeighbours(int i) {
        int[] n = s.nb(i);
        double a = s.angle(n[0], i, n[1]);
        switch (s.el(i)) {
            case "C" -> {
                if (a < 115) {
                    s.type[i] = "C3";
                    s.redo[i] = 1;
                    s.ambiguousValence2C[i] = a > 113.5;
                } else if (a < 160) {
                    s.type[i] = "C2";
                    s.redo[i] = a < 122 ? 3 : -1;
                    s.ambiguousValence2C[i] = a < 116.5;
                } else {
                    s.type[i] = "C1";
                }
            }
            case "N" -> {
                if (a < 115) {
                    s.type[i] = "N3";
                    s.redo[i] = 2;
                } else {
                    // no N2 here: 2-neighbour N become N2 only in passes 4, 4.5, 7 or 8
                    s.type[i] = a < 160 ? "Npl" : "N1+";
                }
            }
            case "O" -> s.type[i] = "O3";
            case "S" -> s.type[i] = "S3";
            default -> { }
        }
    }

    /** O neighbours with exactly one heavy neighbour; with {@code noHydrogens}, also with no other neighbour. */
    private int freeOxygens(int i, boolean noHydrogens) {
        int count = 0;
        for (int j : s.nb(i)) {
            if (s.is(j, "O") && s.heavys(j) == 1 && (!noHydrogens || s.bonds(j) == 1)) {
                count++;
            }
        }
        return count;
    }

    // ---- pass 3 ------------------------------------------------------------------------------------------

    /** Atoms with one neighbour, from the partner's type and the bond length; only atoms still untyped. */
    void oneNeighbourAtoms() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || s.bonds(i) != 1 || !s.typed(i, s.el(i))) {
                continue; // an earlier one-neighbour atom may already have retyped this one (C of C=O)
            }
            int p = s.nb(i)[0];
            double d2 = s.sqDist(i, p);
            String t = s.type[p];
            switch (s.el(i)) {
                case "C" -> s.type[i] = oneNeighbourCarbon(p, d2, t);
                case "N" -> s.type[i] = oneNeighbourNitrogen(p, d2, t);
                case "O" -> s.type[i] = oneNeighbourOxygen(i, p, d2, t);
                case "S" -> s.type[i] = oneNeighbourSulfur(p, d2, t);
                default -> { }
            }
        }
    }

    private String oneNeighbourCarbon(int p, double d2, String t) {
        if ((d2 <= sq(1.22) && t.equals("C1")) || (d2 <= sq(1.20) && s.is(p, "N"))) {
            return "C1";
        }
        if ((s.is(p, "C") && d2 <= sq(1.41)) || (s.is(p, "N") && d2 <= sq(1.37))) {
            return "C2";
        }
        if (s.is(p, "O") && s.bonds(p) == 1 && d2 <= sq(1.17)) {
            return "C1-";
        }
        return "C3";
    }

    private String oneNeighbourNitrogen(int p, double d2, String t) {
        if ((d2 <= sq(1.20) && (t.equals("C1") || s.is(p, "N"))) || t.equals("N1+") || (d2 < sq(1.21) && s.is(p, "O"))) {
            return "N1";
        }
        if ((d2 > sq(1.38) && (t.equals("C2") || t.equals("C3")))
                || (d2 > sq(1.43) && t.equals("N3")) || (d2 > sq(1.41) && t.equals("Npl"))) {
            return "N3";
        }
        return s.is(p, "C") || s.is(p, "N") ? "Npl" : "N3";
    }

    private String oneNeighbourOxygen(int i, int p, double d2, String t) {
        if (ANIONIC_O_ON.contains(t)) {
            return "O2-";
        }
        if (TETRAHEDRAL_O_ON.contains(t)) {
            return t.equals("Pac") && isPhosphateHydroxyl(i, p) ? "O3" : "O3-";
        }
        if (d2 <= sq(1.17) && s.is(p, "C") && s.bonds(p) == 1) {
            return "O1+";
        }
        if (d2 <= sq(1.30) && s.is(p, "C")) {
            carbonylPartner(p);
            return "O2";
        }
        if ((d2 <= sq(1.685) && s.is(p, "As")) || (d2 <= sq(1.338) && s.is(p, "O") && s.bonds(p) == 1)) {
            return "O2";
        }
        if (d2 <= sq(1.21) && s.is(p, "N") && s.bonds(p) == 1) {
            return "O1";
        }
        return "O3";
    }

    /**
     * For a Pac with ≥ 3 one-neighbour O (pKa of the third phosphate O is about 7): an O whose P–O bond is at
     * least 0.05 Å longer than every other such P–O is taken as P–OH.
     */
    private boolean isPhosphateHydroxyl(int o, int p) {
        int terminalO = 0;
        for (int j : s.nb(p)) {
            terminalO += s.is(j, "O") && s.bonds(j) == 1 ? 1 : 0;
        }
        if (terminalO < 3) {
            return false;
        }
        double mine = s.dist(o, p);
        for (int j : s.nb(p)) {
            if (j != o && s.bonds(j) == 1 && s.is(j, "O") && mine < s.dist(j, p) + 0.05) {
                return false;
            }
        }
        return true;
    }

    private String oneNeighbourSulfur(int p, double d2, String t) {
        if (s.is(p, "P")) {
            return "S3-";
        }
        if (t.equals("N1+")) {
            return "S2";
        }
        if (d2 <= sq(1.76) && s.is(p, "C")) {
            carbonylPartner(p);
            return "S2";
        }
        return d2 <= sq(2.11) && s.is(p, "As") ? "S2" : "S3";
    }

    /** The C of a C=O or C=S is sp2, and its angle no longer needs a recheck. */
    private void carbonylPartner(int c) {
        if (s.free[c]) {
            s.type[c] = "C2";
        }
        s.redo[c] = 0;
    }

    // ---- pass 4 ------------------------------------------------------------------------------------------

    /** Rechecks of the 2-neighbour atoms pass 2 marked, by their bond lengths. */
    void rechecks() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || s.redo[i] == 0) {
                continue;
            }
            if (s.redo[i] == 2) {
                if (hasBondAtMost(i, "C", 1.38) || hasBondAtMost(i, "N", 1.32)) {
                    s.type[i] = s.heavys(i) < 2 ? "N2" : "Npl"; // a short bond and explicit H: N2
                }
            } else if (hasBondAtMost(i, "C", 1.42) || hasBondAtMost(i, "N", 1.41)) {
                s.type[i] = "C2";
            } else if (hasBondLongerThan(i, "C", s.redo[i] == 1 ? 1.53 : 1.45) || hasBondLongerThan(i, "N", 1.46)
                    || hasBondLongerThan(i, "O", 1.44)) {
                s.type[i] = "C3";
            }
        }
    }

    private boolean hasBondAtMost(int i, String element, double limit) {
        for (int j : s.nb(i)) {
            if (s.is(j, element) && s.sqDist(i, j) <= sq(limit)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasBondLongerThan(int i, String element, double limit) {
        for (int j : s.nb(i)) {
            if (s.is(j, element) && s.sqDist(i, j) > sq(limit)) {
                return true;
            }
        }
        return false;
    }

    static double sq(double x) {
        return x * x;
    }
}
