package org.misibench.chemistry.hbond;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.misibench.complex.PreparedComplex;
import org.misibench.geometry.Vec3;
import org.misibench.structure.Atom;
import org.misibench.structure.Bond;
import org.misibench.structure.Element;
import org.misibench.structure.ResidueId;
import org.misibench.structure.Structure;

/**
 * A hand-built complex: the pocket is an acetate (carboxylate acceptor, A3) and optionally a zinc ion;
 * the ligand is methanol (hydroxyl donor, D5, no explicit H). The methanol O sits 2.8 Å out along the
 * C→O1 bond of the acetate, in the carboxylate plane (phi 180°), and its C–O···O1 angle is 110°, inside
 * D5's relaxed upsilon range [70°, 161°]; without H, theta is waived. So the bond exists, unless a metal
 * within 4 Å of O1 lies less than 45° from the donor direction as seen from O1 (spec §1.8.4).
 */
class MetalVetoTest {

    private static final ResidueId ACETATE = new ResidueId("A", 1, ' ', "ACT");
    private static final ResidueId ZINC = new ResidueId("A", 2, ' ', "ZN");
    private static final ResidueId METHANOL = new ResidueId("L", 1, ' ', "MOH");

    private static final Vec3 O1 = new Vec3(1.0825, 0.625, 0);
    /** O1 + 2.8 Å along unit(O1 − C) = (cos 30°, sin 30°, 0). */
    private static final Vec3 DONOR = O1.plus(new Vec3(Math.cos(Math.toRadians(30)), 0.5, 0).times(2.8));

    private static Atom atom(int serial, String name, Element e, ResidueId r, Vec3 p) {
        return new Atom(serial, name, e, r, ' ', 1.0, true, p);
    }

    private static PreparedComplex complex(Vec3 zinc) {
        List<Atom> pocket = new ArrayList<>(List.of(
                atom(1, "C", Element.C, ACETATE, Vec3.ZERO),
                atom(2, "O1", Element.O, ACETATE, O1),
                atom(3, "O2", Element.O, ACETATE, new Vec3(-1.0825, 0.625, 0)),
                atom(4, "CH3", Element.C, ACETATE, new Vec3(0, -1.52, 0))));
        if (zinc != null) {
            pocket.add(atom(5, "ZN", Element.of("Zn").orElseThrow(), ZINC, zinc));
        }
        // methanol C: 1.43 Å from the O at 110° from the O→O1 direction, rotated out of plane along +z
        Vec3 toAcceptor = O1.minus(DONOR).normalized();
        double t = Math.toRadians(110);
        Vec3 carbon = DONOR.plus(toAcceptor.times(Math.cos(t)).plus(new Vec3(0, 0, 1).times(Math.sin(t))).times(1.43));
        Structure ligand = new Structure("methanol", List.of(atom(1, "O", Element.O, METHANOL, DONOR),
                atom(2, "C", Element.C, METHANOL, carbon)), List.of(new Bond(0, 1, 1)));
        Structure pocketStructure = new Structure("pocket", pocket, List.of());
        List<ResidueId> residues = zinc == null ? List.of(ACETATE) : List.of(ACETATE, ZINC);
        return new PreparedComplex("synthetic", ligand, pocketStructure, residues, "MOH:L:1", 10.0);
    }

    /** Zn 2.0 Å from O1 in the carboxylate plane, {@code degrees} away from the O1→donor direction. */
    private static Vec3 zincAt(double degrees) {
        double a = Math.toRadians(30 + degrees);
        return O1.plus(new Vec3(Math.cos(a), Math.sin(a), 0).times(2.0));
    }

    @Test
    void hydroxylToCarboxylateIsFoundWithoutAMetal() {
        List<HBond> bonds = HBondFinder.find(complex(null), CriteriaProfile.CHIMERAX_RELAXED);
        assertEquals(1, bonds.size(), bonds.toString());
        assertEquals("O1", bonds.get(0).acceptor().name());
        assertEquals(2.8, bonds.get(0).distance(), 1e-9);
        assertEquals("D5 hydroxyl O-H / A3 carboxylate O", bonds.get(0).criterion());
    }

    @Test
    void metalWithin45DegreesOfTheDonorVetoesTheBond() {
        assertEquals(List.of(), HBondFinder.find(complex(zincAt(30)), CriteriaProfile.CHIMERAX_RELAXED));
    }

    @Test
    void metalOnTheFarSideLeavesTheBond() {
        assertEquals(1, HBondFinder.find(complex(zincAt(100)), CriteriaProfile.CHIMERAX_RELAXED).size());
    }
}
