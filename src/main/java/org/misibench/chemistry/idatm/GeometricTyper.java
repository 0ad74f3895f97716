package org.misibench.chemistry.idatm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The geometric IDATM passes of ChimeraX's {@code AtomTypes.cpp} (spec §1.11, passes 1–11) for
 * atoms without a residue template: types from neighbour counts, bond angles and bond lengths,
 * then rechecks, aromatic rings ({@link AromaticRingPass}), and charge states.
 */
final class GeometricTyper {

    private final TypingState s;

    GeometricTyper(TypingState state) {
        this.s = state;
    }

    void run() {
        hydrogens();
        byNeighbourCount();
        oneNeighbourAtoms();
        rechecks();
        pass425();
        new AromaticRingPass(s).run();
        pass475();
        pass5();
        pass6();
        pass8();
        pass9();
        pass10();
        pass11();
    }

    // pass 1
    private void hydrogens() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || !s.isH(i)) {
                continue;
            }
            boolean onCarbon = s.bonds(i) > 0 && s.is(s.nb(i)[0], "C");
            boolean deuterium = Character.toUpperCase(s.atom(i).name().charAt(0)) == 'D';
            s.type[i] = deuterium ? (onCarbon ? "DC" : "D") : (onCarbon ? "HC" : "H");
        }
    }

    // pass 2: atoms with 2, 3 or 4 neighbours
    private void byNeighbourCount() {
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
        long freeO = countNeighbours(i, s::freeO);
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
                double shortest = Math.min(s.dist(i, n[0]), Math.min(s.dist(i, n[1]), s.dist(i, n[2])));
                if (meanAngle < 113.5) {
                    s.type[i] = "C3";
                } else if (meanAngle < 116.5 && (shortest > 1.53 || (shortest > 1.42 && meanAngle < 115))) {
                    s.type[i] = "C3";
                } else {
                    long terminalO = countNeighbours(i, j -> s.is(j, "O") && s.terminal(j));
                    s.type[i] = terminalO >= 2 ? "Cac" : "C2";
                }
            }
            case "N" -> s.type[i] = meanAngle < 115 ? "N3" : countNeighbours(i, s::freeO) >= 2 ? "Ntr" : "Npl";
            case "S" -> s.type[i] = countNeighbours(i, j -> s.is(j, "O")) > 0 ? "Sxd" : "S3+";
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
                    s.flag[i] = 1;
                    s.ambiguous[i] = a > 113.5;
                } else if (a < 160) {
                    s.type[i] = "C2";
                    s.flag[i] = a < 122 ? 3 : -1;
                    s.ambiguous[i] = a < 116.5;
                } else {
                    s.type[i] = "C1";
                }
            }
            case "N" -> {
                if (a < 115) {
                    s.type[i] = "N3";
                    s.flag[i] = 2;
                } else if (a < 160) {
                    boolean qualifies = false;
                    for (int j : n) {
                        if (qualifiesForN2(i, j)) {
                            qualifies = true;
                        }
                    }
                    s.type[i] = qualifies ? "N2" : "Npl";
                } else {
                    s.type[i] = "N1+";
                }
            }
            case "O" -> s.type[i] = "O3";
            case "S" -> s.type[i] = "S3";
            default -> { }
        }
    }

    /** A neighbour that makes a 2-neighbour N an N2 (double bond partner) in pass 2. */
    private boolean qualifiesForN2(int n, int j) {
        double d = s.dist(n, j);
        if (s.is(j, "N")) {
            return d <= 1.32;
        }
        if (!s.is(j, "C") || d > 1.38 || s.type[j].equals("Cac")) {
            return false;
        }
        boolean untypedCarbon = s.type[j].equals("C");
        if (s.type[j].equals("C2") || untypedCarbon) {
            for (int k : s.nb(j)) {
                if (k == n || !s.terminal(k)) {
                    continue;
                }
                if ((s.is(k, "O") && s.dist(j, k) <= 1.30) || (s.is(k, "S") && s.dist(j, k) <= 1.76)) {
                    return false;
                }
            }
        }
        if (untypedCarbon) {
            s.flag[n] = 4;
        }
        return true;
    }

    // pass 3: atoms with one neighbour
    private void oneNeighbourAtoms() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || s.isH(i) || s.bonds(i) != 1) {
                continue;
            }
            int p = s.nb(i)[0];
            double d = s.dist(i, p);
            String t = s.type[p];
            switch (s.el(i)) {
                case "C" -> s.type[i] = oneNeighbourCarbon(i, p, d, t);
                case "N" -> s.type[i] = oneNeighbourNitrogen(p, d, t);
                case "O" -> s.type[i] = oneNeighbourOxygen(i, p, d, t);
                case "S" -> s.type[i] = oneNeighbourSulfur(p, d, t);
                default -> { }
            }
        }
    }

    private String oneNeighbourCarbon(int i, int p, double d, String t) {
        if (d <= 1.22 && t.equals("C1")) {
            return "C1";
        }
        if (d <= 1.20 && s.is(p, "N") && s.bonds(p) < 3) {
            if (s.free[p]) {
                s.type[p] = "N1";
            }
            return "C1";
        }
        if (t.equals("N1+")) {
            for (int o : s.nb(p)) {
                if (o != i) {
                    return s.hydrogenLike(o) || s.isH(o) || s.type[o].equals("C3") ? "C1" : "C3";
                }
            }
            return "C1";
        }
        if ((s.is(p, "C") && d <= 1.41) || (s.is(p, "N") && d <= 1.37)) {
            return "C2";
        }
        if (s.is(p, "O") && s.terminal(p) && d <= 1.17) {
            return "C1-";
        }
        return "C3";
    }

    private String oneNeighbourNitrogen(int p, double d, String t) {
        if ((d <= 1.20 && (t.equals("C1") || s.is(p, "N"))) || t.equals("N1+") || (d < 1.21 && s.is(p, "O"))) {
            return "N1";
        }
        if (t.equals("C1")) {
            for (int o : s.nb(p)) {
                if (s.bonds(o) > 2 && o != p) {
                    return "N1";
                }
            }
        }
        if ((d > 1.38 && (t.equals("C2") || t.equals("C3"))) || (d > 1.43 && t.equals("N3"))
                || (d > 1.41 && t.equals("Npl"))) {
            return "N3";
        }
        if (s.is(p, "C") || s.is(p, "N")) {
            return "Npl";
        }
        return "N3";
    }

    private String oneNeighbourOxygen(int i, int p, double d, String t) {
        if (Set.of("Cac", "Ntr", "N1+").contains(t)) {
            return "O2-";
        }
        if (Set.of("Pac", "Sac", "N3+", "Pox", "Son", "Sxd").contains(t)) {
            if (t.equals("Pac") && isLongestTerminalPO(i, p)) {
                return "O3";
            }
            return "O3-";
        }
        if (d <= 1.17 && s.is(p, "C") && s.bonds(p) == 1) {
            return "O1+";
        }
        if (d <= 1.30 && s.is(p, "C")) {
            if (s.free[p]) {
                s.type[p] = "C2";
                s.flag[p] = 0;
            }
            return "O2";
        }
        if ((s.is(p, "As") && d <= 1.685) || (s.is(p, "O") && s.terminal(p) && d <= 1.338)) {
            return "O2";
        }
        if (s.is(p, "N") && s.terminal(p) && d <= 1.21) {
            return "O1";
        }
        return "O3";
    }

    /** For a Pac with ≥ 3 terminal O: this P–O is ≥ 0.05 Å longer than every other terminal P–O (a P–OH). */
    private boolean isLongestTerminalPO(int o, int p) {
        List<Integer> terminalO = new ArrayList<>();
        for (int j : s.nb(p)) {
            if (s.is(j, "O") && s.terminal(j)) {
                terminalO.add(j);
            }
        }
        if (terminalO.size() < 3) {
            return false;
        }
        double mine = s.dist(o, p);
        for (int j : terminalO) {
            if (j != o && mine - s.dist(j, p) < 0.05) {
                return false;
            }
        }
        return true;
    }

    private String oneNeighbourSulfur(int p, double d, String t) {
        if (s.is(p, "P")) {
            return "S3-";
        }
        if (t.equals("N1+")) {
            return "S2";
        }
        if (s.is(p, "C") && d <= 1.76) {
            if (s.free[p]) {
                s.type[p] = "C2";
                s.flag[p] = 0;
            }
            return "S2";
        }
        if (s.is(p, "As") && d <= 2.11) {
            return "S2";
        }
        return "S3";
    }

    // pass 4
    private void rechecks() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || s.flag[i] == 0) {
                continue;
            }
            switch (s.flag[i]) {
                case 1, 3, -1 -> {
                    if (hasBond(i, "C", 1.42, true) || hasBond(i, "N", 1.41, true)) {
                        s.type[i] = "C2";
                    } else if (hasBond(i, "C", s.flag[i] == 3 ? 1.45 : 1.53, false) || hasBond(i, "N", 1.46, false)
                            || hasBond(i, "O", 1.44, false)) {
                        s.type[i] = "C3";
                    }
                }
                case 2 -> {
                    if (hasBond(i, "C", 1.38, true) || hasBond(i, "N", 1.32, true)) {
                        s.type[i] = s.heavy(i) < 2 ? "N2" : "Npl";
                    }
                }
                default -> { }
            }
        }
    }

    /** A bond to {@code element} no longer than (short) or longer than (not short) {@code limit}. */
    private boolean hasBond(int i, String element, double limit, boolean shortBond) {
        for (int j : s.nb(i)) {
            if (s.is(j, element) && (shortBond ? s.dist(i, j) <= limit : s.dist(i, j) > limit)) {
                return true;
            }
        }
        return false;
    }

    // pass 4.25: an Npl between two short bonds gives one of them a double bond
    private void pass425() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || !s.type[i].equals("Npl") || s.heavy(i) != 2 || s.bonds(i) != 2) {
                continue;
            }
            int[] n = s.nb(i);
            double product = s.dist(i, n[0]) * s.dist(i, n[1]);
            double reference = reference(n[0]) * reference(n[1]);
            if (product >= reference) {
                continue;
            }
            int recipient = -1;
            double best = 1;
            for (int j : n) {
                double ratio = s.dist(i, j) / reference(j);
                if (ratio < best && !s.type[j].equals("Car") && !(s.is(j, "N") && s.bonds(j) > 2)
                        && !hasOtherTerminalPlanarOrLinear(j, i)) {
                    best = ratio;
                    recipient = j;
                }
            }
            if (recipient >= 0 && s.free[recipient]) {
                s.type[i] = "N2";
                s.type[recipient] = switch (s.el(recipient)) {
                    case "C" -> "C2";
                    case "N" -> "N2";
                    case "O" -> "O2";
                    default -> s.type[recipient];
                };
            }
        }
    }

    private double reference(int j) {
        return switch (s.el(j)) {
            case "C" -> 1.3629;
            case "N" -> 1.3337;
            case "O" -> s.terminal(j) ? 1.3485 : 1e9;
            default -> 1e9; // other elements do not count
        };
    }

    private boolean hasOtherTerminalPlanarOrLinear(int j, int except) {
        for (int k : s.nb(j)) {
            if (k != except && s.heavy(k) == 1 && IdatmTable.geometry(s.type[k])
                    .map(g -> g == Geometry.PLANAR || g == Geometry.LINEAR).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    // pass 4.75
    private void pass475() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || !s.type[i].equals("N2") || s.flag[i] != 4 || s.rings.inRing(i)) {
                continue;
            }
            boolean bondedToCar = false;
            boolean allCarry = true;
            for (int j : s.nb(i)) {
                if (s.type[j].equals("Car")) {
                    bondedToCar = true;
                } else if (s.planar(j)) {
                    boolean carries = false;
                    for (int k : s.nb(j)) {
                        carries |= k != i && s.planar(k);
                    }
                    allCarry &= carries;
                }
            }
            if (bondedToCar && allCarry) {
                s.type[i] = "Npl";
            }
        }
    }

    // pass 5: a C2 needs a planar partner
    private void pass5() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || !s.type[i].equals("C2") || s.setByRingPass[i]) {
                continue;
            }
            boolean partner = false;
            for (int j : s.nb(i)) {
                String t = s.type[j];
                if (!s.planar(j) || t.equals("Cac") || t.equals("N2+")) {
                    continue;
                }
                if (t.equals("Npl") && s.bonds(j) > 2 && s.heavy(j) > 1 && !threeNplNeighbours(i)) {
                    continue;
                }
                partner = true;
            }
            if (partner) {
                continue;
            }
            List<Integer> terminal = new ArrayList<>();
            for (int j : s.nb(i)) {
                if (s.terminal(j) && !s.isH(j)) {
                    terminal.add(j);
                }
            }
            if (s.bonds(i) == 3 && !terminal.isEmpty()) {
                int centre = i;
                int best = terminal.stream()
                        .min(Comparator.comparingDouble(j -> s.dist(centre, j) / pass5Reference(j))).orElseThrow();
                if (s.free[best]) {
                    s.type[best] = switch (s.el(best)) {
                        case "C" -> "C2";
                        case "O" -> "O2";
                        case "N" -> "N2";
                        case "S" -> "S2";
                        default -> s.type[best];
                    };
                }
            } else {
                s.type[i] = "C3";
            }
        }
    }

    private boolean threeNplNeighbours(int i) {
        return countNeighbours(i, j -> s.type[j].equals("Npl")) == 3;
    }

    private double pass5Reference(int j) {
        return switch (s.el(j)) {
            case "C" -> 1.41;
            case "O" -> 1.30;
            case "N" -> 1.38;
            case "S" -> 1.76;
            default -> 1e9;
        };
    }

    // pass 6: charges
    private void pass6() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || !s.is(i, "N") || s.type[i].equals("N3+")) {
                continue;
            }
            boolean allSaturated = true;
            for (int j : s.nb(i)) {
                allSaturated &= s.type[j].equals("C3") || s.hydrogenLike(j);
            }
            if (allSaturated) {
                s.type[i] = "N3+";
            }
        }
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || !s.type[i].equals("C2")) {
                continue;
            }
            List<Integer> nitrogens = new ArrayList<>();
            boolean doubleBondedChalcogen = false;
            for (int j : s.nb(i)) {
                String t = s.type[j];
                if (t.equals("Npl") || t.equals("Ng+") || (s.is(j, "N") && s.bonds(j) == 1)
                        || (t.equals("N2") && !s.rings.inRing(j))) {
                    nitrogens.add(j);
                }
                doubleBondedChalcogen |= t.equals("O2") || t.equals("S2");
            }
            if (nitrogens.size() >= 2 && !doubleBondedChalcogen) {
                boolean anyInRing = nitrogens.stream().anyMatch(s.rings::inRing);
                for (int j : nitrogens) {
                    if (s.free[j]) {
                        s.type[j] = anyInRing ? "Npl" : "Ng+";
                    }
                }
            }
        }
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || !s.type[i].equals("Cac")) {
                continue;
            }
            for (int j : s.nb(i)) {
                if (s.is(j, "O") && s.heavy(j) == 1 && s.free[j]) {
                    s.type[j] = "O2-";
                }
            }
        }
    }

    // pass 8: nitrogens outside aromatic rings, by their planar neighbours
    private void pass8() {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < s.m.size(); i++) {
            String t = s.type[i];
            if (s.free[i] && !s.setByRingPass[i] && !s.inAromaticRing[i]
                    && ((t.equals("Npl") && s.bonds(i) == 2) || t.equals("N2") || t.equals("N3"))) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparingLong(this::nonNplPlanarNeighbours));
        for (int i : candidates) {
            long planarNeighbours = nonNplPlanarNeighbours(i);
            if (s.heavy(i) == 1 && anyNeighbour(i, j -> s.inAromaticRing[j])) {
                s.type[i] = "Npl";
            } else if (planarNeighbours > 0) {
                boolean isolated = false;
                for (int j : s.nb(i)) {
                    if (s.planar(j) && !s.type[j].equals("Npl") && !hasOtherConjugatingNeighbour(j, i)) {
                        isolated = true;
                    }
                }
                if (isolated) {
                    s.type[i] = s.heavy(i) == 0 ? "N3+" : s.bonds(i) > 2 ? "Npl" : "N2";
                }
            } else if (s.heavy(i) > 1) {
                s.type[i] = "N3";
            } else if (s.heavy(i) == 1) {
                boolean saturated = true;
                for (int j : s.nb(i)) {
                    saturated &= s.type[j].equals("C3") || s.hydrogenLike(j);
                }
                s.type[i] = saturated ? "N3+" : "N3";
            } else {
                s.type[i] = "N3+";
            }
        }
    }

    private long nonNplPlanarNeighbours(int i) {
        return countNeighbours(i, j -> s.planar(j) && !s.type[j].equals("Npl"));
    }

    private boolean hasOtherConjugatingNeighbour(int j, int except) {
        for (int k : s.nb(j)) {
            if (k != except && s.planar(k) && !s.type[k].equals("Car") && !s.type[k].equals("Npl")) {
                return true;
            }
        }
        return false;
    }

    // pass 9: a hydroxyl on an isolated planar atom is a carbonyl
    private void pass9() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || !s.type[i].equals("O3") || s.bonds(i) != 1) {
                continue;
            }
            int p = s.nb(i)[0];
            if (!s.planar(p) || s.inAromaticRing[p] || hasOtherConjugatingNeighbour(p, i)) {
                continue;
            }
            if (s.type[p].equals("Npl")) {
                if (s.dist(i, p) < 1.295) {
                    s.type[i] = "O2";
                    if (s.free[p]) {
                        s.type[p] = "N2+";
                    }
                }
            } else {
                s.type[i] = "O2";
            }
        }
    }

    // pass 10: nitrite
    private void pass10() {
        for (int i = 0; i < s.m.size(); i++) {
            if (!s.free[i] || !s.is(i, "N") || s.bonds(i) != 2) {
                continue;
            }
            int[] n = s.nb(i);
            if (s.is(n[0], "O") && s.terminal(n[0]) && s.is(n[1], "O") && s.terminal(n[1])) {
                s.type[i] = "N2";
                for (int o : n) {
                    if (s.free[o]) {
                        s.type[o] = "O2-";
                    }
                }
            }
        }
    }

    // pass 11: thiolate on a metal cluster
    private void pass11() {
        for (int i = 0; i < s.m.size(); i++) {
            if (s.free[i] && s.type[i].equals("S3") && s.bonds(i) < 2 && s.m.metalLinks(i) >= 3) {
                s.type[i] = "S3-";
            }
        }
    }

    private long countNeighbours(int i, java.util.function.IntPredicate p) {
        long count = 0;
        for (int j : s.nb(i)) {
            count += p.test(j) ? 1 : 0;
        }
        return count;
    }

    private boolean anyNeighbour(int i, java.util.function.IntPredicate p) {
        return countNeighbours(i, p) > 0;
    }
}
