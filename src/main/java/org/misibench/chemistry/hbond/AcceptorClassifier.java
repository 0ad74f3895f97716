package org.misibench.chemistry.hbond;

import static org.misibench.chemistry.hbond.Substituents.CARBON;
import static org.misibench.chemistry.hbond.Substituents.CARBON_OR_H;
import static org.misibench.chemistry.hbond.Substituents.HEAVY_SINGLE_NOT_ACID;
import static org.misibench.chemistry.hbond.Substituents.HYDROGEN;
import static org.misibench.chemistry.hbond.Substituents.SINGLE_BONDED;
import static org.misibench.chemistry.hbond.Substituents.SINGLE_BONDED_NOT_O3_MINUS;
import static org.misibench.chemistry.hbond.Substituents.TET;
import static org.misibench.chemistry.hbond.Substituents.nested;
import static org.misibench.chemistry.hbond.Substituents.opt;
import static org.misibench.chemistry.hbond.Substituents.req;
import static org.misibench.chemistry.hbond.Substituents.type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.misibench.chemistry.hbond.NeighbourMatch.Slot;

/**
 * Finds the acceptors of one model (spec §1.5): the explicit classes A1–A29 in ChimeraX's priority
 * order, first claim wins, then the generic acceptors of §1.6 for the atoms left unclaimed
 * ({@link GenericAcceptors}). Parameters are the Mills &amp; Dean values, relaxed by the profile.
 */
final class AcceptorClassifier {

    private final TypedModel m;
    private final CriteriaProfile p;
    private final Map<Integer, AcceptorSite> claimed = new LinkedHashMap<>();

    private AcceptorClassifier(TypedModel m, CriteriaProfile p) {
        this.m = m;
        this.p = p;
    }

    /** The model's acceptors, in the order they were claimed. */
    static List<AcceptorSite> classify(TypedModel m, CriteriaProfile profile) {
        AcceptorClassifier c = new AcceptorClassifier(m, profile);
        c.groupClasses();
        RingAcceptors.claim(m, profile, c::claim);
        for (int i = 0; i < m.size(); i++) {
            if (!c.claimed.containsKey(i) && !m.isTruncated(i)) {
                AcceptorSite site = GenericAcceptors.of(m, i, profile);
                if (site != null) {
                    c.claimed.put(i, site);
                }
            }
        }
        return new ArrayList<>(c.claimed.values());
    }

    void claim(int atom, String label, AcceptorTest test) {
        if (m.isTruncated(atom)) {
            return;
        }
        claimed.putIfAbsent(atom, new AcceptorSite(atom, label, test));
    }

    private AcceptorTest synAnti(int plane, int ref, double... v) {
        return new AcceptorTest.SynAnti(plane, ref, p.relax(v[0], v[1], v[2]), p.relax(v[3], v[4], v[5]));
    }

    private AcceptorTest phiPsi(List<Integer> bonded, double r, double phi, double theta) {
        double[] x = p.relax(r, phi, theta);
        return new AcceptorTest.PhiPsi(bonded, x[0], x[1], x[2]);
    }

    private AcceptorTest thetaTau(Integer partner, double r, double lo, double hi, double theta) {
        double[] x = p.relax(r, lo, hi, theta);
        return new AcceptorTest.ThetaTau(partner, x[0], x[1], x[2], x[3], Double.NaN, 0);
    }

    private int[] match(int centre, String centreType, Slot... slots) {
        if (!m.type(centre).equals(centreType)) {
            return null;
        }
        return NeighbourMatch.match(m, centre, -1, List.of(slots));
    }

    private void groupClasses() {
        int n = m.size();
        for (int c = 0; c < n; c++) { // A1 phosphate with three O−: only the first O− (no sibling permutation)
            int[] g = match(c, "Pac", req(type("O3-")), req(type("O3-")), req(type("O3-")), opt(SINGLE_BONDED));
            if (g != null) {
                claim(g[0], "A1 phosphate O-", synAnti(c, g[1], 3.03, 110, 145, 3.03, 110, 135));
            }
        }
        for (int c = 0; c < n; c++) {
            int[] g = match(c, "Pac", req(type("O3-")), req(type("O3-")), opt(SINGLE_BONDED_NOT_O3_MINUS),
                    opt(SINGLE_BONDED_NOT_O3_MINUS));
            if (g != null) {
                claim(g[0], "A2 phosphodiester O-", synAnti(c, g[1], 3.03, 110, 145, 3.03, 110, 135));
                claim(g[1], "A2 phosphodiester O-", synAnti(c, g[0], 3.03, 110, 145, 3.03, 110, 135));
            }
        }
        for (int c = 0; c < n; c++) {
            int[] g = match(c, "Cac", req(type("O2-")), req(type("O2-")), opt(SINGLE_BONDED));
            if (g != null) {
                claim(g[0], "A3 carboxylate O", synAnti(c, g[1], 3.17, 90, 145, 3.17, 110, 145));
                claim(g[1], "A3 carboxylate O", synAnti(c, g[0], 3.17, 90, 145, 3.17, 110, 145));
            }
        }
        for (int s = 0; s < n; s++) { // A4 thiocarbonyl: S2 whose only neighbour is a carbon
            int[] nb = m.neighbours(s);
            if (m.type(s).equals("S2") && nb.length == 1 && m.element(nb[0]) == 6 && !m.hasMissingLink(s)) {
                claim(s, "A4 thiocarbonyl S", phiPsi(List.of(nb[0]), 3.73, 90, 145));
            }
        }
        for (int c = 0; c < n; c++) { // A5 carboxylic acid C(=O)OH
            if (m.element(c) != 6) {
                continue;
            }
            int[] g = NeighbourMatch.match(m, c, -1, List.of(req(nested(type("O2"), List.of())),
                    req(nested(type("O3"), List.of(opt(HYDROGEN)))), opt(SINGLE_BONDED)));
            if (g != null) {
                claim(g[0], "A5 carboxylic acid O", synAnti(c, g[1], 3.17, 110, 130, 3.17, 110, 135));
            }
        }
        for (int c = 0; c < n; c++) {
            int[] g = match(c, "C2", req(type("O2")), req(type("Npl")), opt(SINGLE_BONDED));
            if (g != null) {
                claim(g[0], "A6 amide O", synAnti(c, g[1], 3.30, 110, 135, 3.30, 110, 130));
            }
        }
        for (int c = 0; c < n; c++) {
            int[] g = match(c, "C2", req(type("O2")), req(CARBON), opt(CARBON_OR_H));
            if (g != null) {
                claim(g[0], "A7 ketone/aldehyde O", phiPsi(List.of(c), 3.30, 110, 130));
            }
        }
        for (int c = 0; c < n; c++) {
            int[] g = match(c, "C2", req(type("O2")), req(nested(type("O3"), List.of(req(TET)))), req(CARBON));
            if (g != null) {
                claim(g[0], "A8 ester carbonyl O", phiPsi(List.of(c), 3.17, 110, 135));
            }
        }
        for (int c = 0; c < n; c++) {
            int[] g = match(c, "Ntr", req(type("O2-")), req(type("O2-")), opt(SINGLE_BONDED));
            if (g != null) {
                claim(g[0], "A9 nitro O", synAnti(c, g[1], 3.42, 90, 145, 3.53, 110, 130));
                claim(g[1], "A9 nitro O", synAnti(c, g[0], 3.42, 90, 145, 3.53, 110, 130));
            }
        }
        for (int c = 0; c < n; c++) {
            int[] g = match(c, "Son", req(type("O2")), req(type("O2")), opt(SINGLE_BONDED), opt(SINGLE_BONDED));
            if (g != null) {
                claim(g[0], "A10 sulfone O", synAnti(c, g[1], 3.30, 110, 130, 3.30, 120, 135));
                claim(g[1], "A10 sulfone O", synAnti(c, g[0], 3.30, 110, 130, 3.30, 120, 135));
            }
        }
        for (int c = 0; c < n; c++) {
            int[] g = match(c, "Pac", req(type("O3")), req(type("O3-")), req(type("O3-")), opt(SINGLE_BONDED));
            if (g != null) {
                claim(g[0], "A11 phosphonate O", thetaTau(c, 3.03, 103, -146, 145));
            }
        }
        singleNeighbourOxygens();
        amineAndHydroxylClasses();
    }

    private void singleNeighbourOxygens() {
        for (int a = 0; a < m.size(); a++) {
            if (match(a, "O2", req(type("Pox"))) != null) {
                claim(a, "A12 phosphine oxide O", thetaTau(m.neighbours(a)[0], 3.03, 109, -180, 145));
            }
        }
        for (int a = 0; a < m.size(); a++) {
            if (match(a, "O2", req(type("Sxd"))) != null) {
                claim(a, "A13 sulfoxide O", thetaTau(m.neighbours(a)[0], 3.03, 100, -180, 145));
            }
        }
    }

    private void amineAndHydroxylClasses() {
        int n = m.size();
        for (int a = 0; a < n; a++) {
            int[] g = match(a, "N3", req(TET), opt(HYDROGEN), opt(HYDROGEN));
            if (g != null) {
                claim(a, "A14 primary amine N", thetaTau(g[0], 3.03, 103, -180, 155));
            }
        }
        for (int a = 0; a < n; a++) {
            int[] g = match(a, "O3", req(HEAVY_SINGLE_NOT_ACID), opt(HYDROGEN));
            if (g != null) {
                claim(a, "A15 hydroxyl O", thetaTau(g[0], 3.03, 100, -161, 145));
            }
        }
        for (int c = 0; c < n; c++) {
            int[] g = match(c, "Sac", req(type("O3-")), req(type("O3-")),
                    req(nested(type("O3"), List.of(opt((mm, x, cc) -> !mm.type(x).equals("Pac"))))), opt(SINGLE_BONDED));
            if (g != null) {
                claim(g[2], "A16 sulfate ester O", thetaTau(c, 3.17, 103, -180, 150));
            }
        }
        for (int a = 0; a < n; a++) {
            if (match(a, "N3", req(TET), req(TET), req(TET)) != null) {
                claim(a, "A17 tertiary amine N", thetaTau(null, 3.17, 153, -180, 145));
            }
        }
        for (int a = 0; a < n; a++) {
            int[] g = match(a, "N1", req(type("C1")));
            if (g != null) {
                claim(a, "A18 nitrile N", thetaTau(g[0], 3.30, 153, -180, 150));
            }
        }
        for (int a = 0; a < n; a++) {
            if (match(a, "N3", req(TET), req(TET), opt(HYDROGEN)) != null) {
                claim(a, "A19 secondary amine N", thetaTau(null, 3.30, 153, -180, 150));
            }
        }
        for (int a = 0; a < n; a++) {
            int[] g = match(a, "O3", req(type("Car")), opt(HYDROGEN));
            if (g != null) {
                claim(a, "A20 phenol O", thetaTau(g[0], 3.17, 100, -153, 150));
            }
        }
        for (int a = 0; a < n; a++) {
            if (!m.type(a).equals("Npl") && !m.type(a).equals("N3")) {
                continue;
            }
            int[] g = NeighbourMatch.match(m, a, -1, List.of(req(type("Car")), opt(HYDROGEN), opt(HYDROGEN)));
            if (g != null) {
                double[] x = p.relax(3.42, 90, -137, 140);
                claim(a, "A21 aniline N", new AcceptorTest.ThetaTau(g[0], x[0], x[1], x[2], x[3], 37.5, 4));
            }
        }
        for (int a = 0; a < n; a++) { // A22 water: an O with nothing but (up to two) hydrogens
            if (m.element(a) == 8 && NeighbourMatch.matches(m, a, -1, List.of(opt(HYDROGEN), opt(HYDROGEN)))) {
                claim(a, "A22 water O", phiPsi(m.hydrogenNeighbours(a), 3.03, 120, 145));
            }
        }
        for (int a = 0; a < n; a++) { // A23 non-ring ether, A24 non-ring N2 with two carbons
            int[] nb = m.neighbours(a);
            boolean twoCarbons = nb.length == 2 && m.element(nb[0]) == 6 && m.element(nb[1]) == 6
                    && !m.rings().inRing(a) && !m.hasMissingLink(a);
            if (twoCarbons && m.type(a).equals("O3")) {
                claim(a, "A23 ether O", phiPsi(List.of(nb[0], nb[1]), 3.42, 140, 140));
            } else if (twoCarbons && m.type(a).equals("N2")) {
                claim(a, "A24 imine N", phiPsi(List.of(nb[0], nb[1]), 3.42, 140, 140));
            }
        }
    }
}
