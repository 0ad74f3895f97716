package org.misibench.chemistry.hbond;

import static org.misibench.chemistry.hbond.DonorParameters.none;
import static org.misibench.chemistry.hbond.DonorParameters.v;
import static org.misibench.chemistry.hbond.Substituents.HYDROGEN;
import static org.misibench.chemistry.hbond.Substituents.PLANAR;
import static org.misibench.chemistry.hbond.Substituents.SINGLE_BONDED;
import static org.misibench.chemistry.hbond.Substituents.TET;
import static org.misibench.chemistry.hbond.Substituents.TET_OR_H;
import static org.misibench.chemistry.hbond.Substituents.element;
import static org.misibench.chemistry.hbond.Substituents.nested;
import static org.misibench.chemistry.hbond.Substituents.opt;
import static org.misibench.chemistry.hbond.Substituents.req;
import static org.misibench.chemistry.hbond.Substituents.type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.misibench.chemistry.hbond.NeighbourMatch.Slot;
import org.misibench.chemistry.idatm.Geometry;
import org.misibench.chemistry.idatm.IdatmTable;

/**
 * Finds the donors of one model (spec §1.7): classes D1–D18 in ChimeraX's priority order (first
 * claim wins), then generic donors (D19) among the N, O and S atoms left. Planar nitrogens that are
 * also acceptors within 4 Å of a metal of their own model are not donors (ChimeraX ≥ 1.10).
 */
final class DonorClassifier {

    private final TypedModel m;
    private final DonorParameters params;
    private final Map<Integer, DonorSite> claimed = new LinkedHashMap<>();
    private final Set<Integer> excluded;

    private DonorClassifier(TypedModel m, CriteriaProfile profile, Set<Integer> excluded) {
        this.m = m;
        this.params = new DonorParameters(profile);
        this.excluded = excluded;
    }

    /**
     * @param metalBoundAcceptors acceptors of this model that lie within 4 Å of one of its metals
     */
    static List<DonorSite> classify(TypedModel m, CriteriaProfile profile, Set<Integer> metalBoundAcceptors) {
        Set<Integer> excluded = new java.util.HashSet<>();
        for (int a : metalBoundAcceptors) {
            if (m.hasGeometry(a, Geometry.PLANAR) && m.element(a) == 7) {
                excluded.add(a);
            }
        }
        DonorClassifier c = new DonorClassifier(m, profile, excluded);
        c.explicitClasses();
        c.genericDonors();
        return new ArrayList<>(c.claimed.values());
    }

    private void claim(int atom, String label, DonorTest test) {
        if (!excluded.contains(atom) && !m.isTruncated(atom)) {
            claimed.putIfAbsent(atom, new DonorSite(atom, label, test));
        }
    }

    /** Each atom whose type is {@code type} and whose neighbours fill {@code slots}. */
    private void byNeighbours(String type, String label, DonorTest test, Slot... slots) {
        for (int a = 0; a < m.size(); a++) {
            if (m.type(a).equals(type) && NeighbourMatch.matches(m, a, -1, List.of(slots))) {
                claim(a, label, test);
            }
        }
    }

    /** Each atom satisfying {@code finder}. */
    private void byFinder(IntPredicate finder, String label, DonorTest test) {
        for (int a = 0; a < m.size(); a++) {
            if (finder.test(a)) {
                claim(a, label, test);
            }
        }
    }

    /** The amide N reached from a C2 carbonyl whose N matches {@code nitrogenSlots}. */
    private void amideNitrogen(String label, DonorTest test, List<Slot> nitrogenSlots) {
        for (int c = 0; c < m.size(); c++) {
            if (!m.type(c).equals("C2")) {
                continue;
            }
            int[] g = NeighbourMatch.match(m, c, -1, List.of(req(type("O2")),
                    req(nested(element(7), nitrogenSlots)), opt(SINGLE_BONDED)));
            if (g != null) {
                claim(g[1], label, test);
            }
        }
    }

    private void explicitClasses() {
        DonorParameters p = params;
        byNeighbours("O3", "D1 carboxylic acid OH", p.upsilonTau(2, v(2.87, 103, -128, 140, -30),
                v(2.87, 103, -128, 155, -30, 150), v(2.87, 103, -128, 140, -30, 150)), req(type("Cac")), opt(HYDROGEN));
        DonorTest amidinium = p.upsilonTau(4, v(3.17, 90, -146, 140, -30), v(3.17, 90, -146, 140, -22.5, 150),
                v(3.17, 113, -161, 125, none(), 140));
        byNeighbours("Npl", "D2 amidinium N-H", amidinium,
                req(nested(type("C2"), List.of(opt(SINGLE_BONDED), opt(SINGLE_BONDED)))), opt(HYDROGEN), opt(HYDROGEN));
        byNeighbours("Ng+", "D3 guanidinium N-H", amidinium, req(type("C2")), opt(HYDROGEN), opt(HYDROGEN));
        byNeighbours("N3+", "D4 ammonium N-H", p.upsilonTau(6, v(3.17, 90, -136, 140, 20),
                v(3.17, 90, -132, 150, 25, 130), v(3.17, 90, -124, 155, 15, 150)),
                req(TET), opt(HYDROGEN), opt(HYDROGEN), opt(HYDROGEN));
        byNeighbours("O3", "D5 hydroxyl O-H", p.upsilonTau(6, v(3.17, 90, -141, 130, none()),
                v(3.03, 90, -141, 135, none(), 140), v(3.03, 100, -132, 145, none(), 150)), req(TET), opt(HYDROGEN));
        amideNitrogen("D6 primary amide N-H", p.upsilonTau(4, v(3.30, 103, -153, 135, -45),
                v(3.30, 109, -141, 140, -30, 140), v(3.30, 113, -161, 125, -30, 145)),
                List.of(opt(HYDROGEN), opt(HYDROGEN)));
        byFinder(this::aromaticPrimaryAmine, "D7 aromatic amine N-H", p.upsilonTau(4, v(3.30, 100, -146, 145, -37.5),
                v(3.30, 103, -146, 140, -37.5, 130), v(3.42, 90, 161, 125, none(), 140)));
        byNeighbours("O3", "D8 phenol O-H", p.upsilonTau(4, v(3.03, 103, -136, 145, -37.5),
                v(3.03, 103, -136, 150, -45, 140), v(2.87, 109, -128, 145, -52.5, 150)), req(type("Car")), opt(HYDROGEN));
        byNeighbours("N3", "D9 primary amine N-H", p.upsilonTau(6, v(3.30, 90, -128, 150, 30),
                v(3.42, 90, -124, 155, 25, 130), v(3.42, 90, -132, 155, 20, 140)), req(TET), opt(HYDROGEN), opt(HYDROGEN));
        byNeighbours("Npl", "D10 planar N-H", p.thetaTau(v(1.92, 146), v(1.92, 153, 150), v(2.48, 141, 145)),
                req(TET), req(nested(PLANAR, List.of(opt(TET_OR_H), opt(TET_OR_H)))), opt(HYDROGEN));
        byNeighbours("N3+", "D11 secondary ammonium N-H", p.thetaTau(v(2.09, 141), v(2.09, 141, 155), v(2.48, 141, 145)),
                req(TET), req(TET), opt(HYDROGEN), opt(HYDROGEN));
        byFinder(a -> m.element(a) == 8 && NeighbourMatch.matches(m, a, -1, List.of(opt(HYDROGEN), opt(HYDROGEN))),
                "D12 water O-H", p.water());
        amideNitrogen("D13 secondary amide N-H", p.thetaTau(v(2.23, 146), v(2.23, 146, 140), v(2.36, 141, 145)),
                List.of(req(TET), opt(HYDROGEN)));
        byNeighbours("N3+", "D14 tertiary ammonium N-H", p.thetaTau(v(1.92, 146), v(2.09, 146, 140), v(2.48, 141, 145)),
                req(TET), req(TET), req(TET), opt(HYDROGEN));
        byNeighbours("N2", "D15 imine N-H", p.thetaTau(v(2.23, 132), v(2.36, 146, 140), v(2.48, 141, 145)),
                req(PLANAR), opt(HYDROGEN));
        byNeighbours("N3", "D16 secondary amine N-H", p.thetaTau(v(2.36, 141), v(2.48, 146, 150), v(2.48, 153, 155)),
                req(TET), req(TET), opt(HYDROGEN));
        byFinder(a -> ringPlanarNH(a, 5, false), "D17 5-ring N-H",
                p.thetaTau(v(2.09, 146), v(2.09, 141, 140), v(2.48, 141, 145)));
        byFinder(a -> ringPlanarNH(a, 6, true), "D18 aromatic 6-ring N-H",
                p.thetaTau(v(2.23, 136), v(2.23, 141, 150), v(2.48, 141, 145)));
    }

    /** An Npl not in an aromatic ring, bonded only to H, C3 or Car, with one carbon and that carbon a Car. */
    private boolean aromaticPrimaryAmine(int a) {
        if (!m.type(a).equals("Npl") || m.hasMissingLink(a) || inAromaticRing(a)) {
            return false;
        }
        int carbons = 0;
        boolean aryl = false;
        for (int n : m.neighbours(a)) {
            String t = m.type(n);
            if (m.element(n) != 1 && !t.equals("C3") && !t.equals("Car")) {
                return false;
            }
            carbons += m.element(n) == 6 ? 1 : 0;
            aryl |= t.equals("Car");
        }
        return aryl && carbons == 1;
    }

    private boolean inAromaticRing(int a) {
        for (int[] ring : m.rings().of(a)) {
            boolean aromatic = true;
            for (int r : ring) {
                aromatic &= m.element(r) != 6 || m.type(r).equals("Car");
            }
            if (aromatic) {
                return true;
            }
        }
        return false;
    }

    /** An Npl or N2+ in exactly one ring, of {@code size}; with three neighbours one must be H. */
    private boolean ringPlanarNH(int a, int size, boolean aromaticCarbonsOnly) {
        String t = m.type(a);
        if (!t.equals("Npl") && !t.equals("N2+") || m.hasMissingLink(a) || !m.rings().inExactlyOneRingOfSize(a, size)) {
            return false;
        }
        int[] nb = m.neighbours(a);
        if (nb.length == 3 && m.hydrogenNeighbours(a).isEmpty()) {
            return false;
        }
        if (aromaticCarbonsOnly) {
            for (int r : m.rings().of(a).get(0)) {
                if (m.element(r) == 6 && !m.type(r).equals("Car")) {
                    return false;
                }
            }
        }
        return true;
    }

    private void genericDonors() {
        for (int a = 0; a < m.size(); a++) {
            int z = m.element(a);
            if (claimed.containsKey(a) || z != 7 && z != 8 && z != 16) {
                continue;
            }
            int bonds = m.neighbours(a).length;
            boolean hasH = !m.hydrogenNeighbours(a).isEmpty();
            if (!hasH && bonds >= IdatmTable.substituents(m.type(a))) {
                continue;
            }
            String t = m.type(a);
            if (t.equals("Npl") && bonds == 2 && hasH) {
                continue;
            }
            DonorTest test;
            if (t.equals("Npl") || t.equals("N2+")) {
                test = m.heavyNeighbours(a).size() > 1 ? params.genericPlanarNH() : params.genericPlanarNH2();
            } else {
                test = params.generic(z);
            }
            claim(a, "D19 generic " + t, test);
        }
    }
}
