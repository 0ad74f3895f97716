package org.misibench.chemistry.hbond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.PreparedComplex;
import org.misibench.geometry.Vec3;
import org.misibench.source.BundledSample;
import org.misibench.source.ComplexSource;
import org.misibench.structure.Atom;

/**
 * The finder on the bundled PLIP test complexes (Salentin et al. 2015, the PLIP validation set): the
 * hydrogen bonds the literature reports must be found, and every reported bond must be geometrically
 * sane, checked here independently of the finder.
 */
class LiteratureContactsTest {

    /** Largest D···A distance any relaxed rule can accept: S donor generic/sulfur reach 3.83 + 0.4 + 0.35. */
    private static final double LARGEST_RELAXED_REACH = 3.83 + 0.4 + 0.35;

    static List<HBond> bonds(String id) throws Exception {
        PreparedComplex c = ComplexPreparer.prepare(BundledSample.complex(id));
        return HBondFinder.find(c, CriteriaProfile.CHIMERAX_RELAXED);
    }

    private static void assertContact(List<HBond> bonds, String residueName, int number) {
        boolean found = bonds.stream().anyMatch(b -> b.pocketAtom().residue().name().equals(residueName)
                && b.pocketAtom().residue().number() == number);
        assertTrue(found, residueName + " " + number + " not among " + bonds);
    }

    @Test
    void cathepsinK1vsnBondsGly66() throws Exception {
        assertContact(bonds("1vsn"), "GLY", 66);
    }

    @Test
    void flavodoxin1akuBondsThr59() throws Exception {
        assertContact(bonds("1aku"), "THR", 59);
    }

    @Test
    void methyltransferase2efjBondsSer237() throws Exception {
        assertContact(bonds("2efj"), "SER", 237);
    }

    /**
     * PLIP reports Asp186 OD2 with the ligand's piperazine N3 (2.80 Å). Under ChimeraX's rules the N3 is a
     * tertiary ammonium (D14, theta/tau) whose one H is inferred opposite the plane of its three carbons;
     * the D–H···A angle to OD2 is then about 124.5°, below the relaxed minimum 146 − 20 = 126°, and the
     * acceptor side (carboxylate, θ 145 − 20 = 125°) fails too. So ChimeraX does not report it, and
     * neither may we. The angle is recomputed here from the coordinates.
     */
    @Test
    void kinase4alwAsp186IsRejectedByTheRelaxedThetaLimit() throws Exception {
        PreparedComplex c = ComplexPreparer.prepare(BundledSample.complex("4alw"));
        Vec3 n3 = ligandAtom(c, "N3");
        Vec3[] tips = {ligandAtom(c, "C6"), ligandAtom(c, "C7"), ligandAtom(c, "C8")};
        Vec3[] u = new Vec3[3];
        for (int i = 0; i < 3; i++) {
            u[i] = n3.plus(tips[i].minus(n3).normalized());
        }
        Vec3 normal = u[1].minus(u[0]).cross(u[2].minus(u[0])).normalized();
        Vec3 centroid = u[0].plus(u[1]).plus(u[2]).times(1.0 / 3);
        if (normal.dot(n3.minus(centroid)) < 0) {
            normal = normal.times(-1);
        }
        Vec3 h = n3.plus(normal.times(0.91));
        Vec3 od2 = c.pocket().atoms().stream().filter(a -> a.residue().number() == 186 && a.name().equals("OD2"))
                .findFirst().orElseThrow().position();
        double theta = Vec3.angle(n3, h, od2);
        assertTrue(theta < 126 && theta > 120, "D-H...A " + theta);
        assertTrue(bonds("4alw").stream().noneMatch(b -> b.pocketAtom().residue().number() == 186
                && b.pocketAtom().name().equals("OD2") && b.ligandAtom().name().equals("N3")));
    }

    @Test
    void trypsin1bjuBondsAsp189() throws Exception {
        assertContact(bonds("1bju"), "ASP", 189);
    }

    /**
     * PLIP's Ser195 contact is OG with the urea N3 (3.59 Å), the only ligand N/O within 4.1 Å of Ser195.
     * In ChimeraX a planar urea/guanidine N is never an acceptor (§1.6), and with N3 as donor the Ser OG
     * is a hydroxyl acceptor (A15) whose relaxed reach is 3.03 + 0.4 = 3.43 Å &lt; 3.59 Å. So it is not
     * a ChimeraX H-bond.
     */
    @Test
    void trypsin1bjuSer195IsBeyondTheHydroxylAcceptorReach() throws Exception {
        PreparedComplex c = ComplexPreparer.prepare(BundledSample.complex("1bju"));
        Vec3 og = c.pocket().atoms().stream().filter(a -> a.residue().number() == 195 && a.name().equals("OG"))
                .findFirst().orElseThrow().position();
        assertTrue(og.distance(ligandAtom(c, "N3")) > 3.43);
        assertTrue(bonds("1bju").stream().noneMatch(b -> b.pocketAtom().residue().number() == 195));
    }

    private static Vec3 ligandAtom(PreparedComplex c, String name) {
        return c.ligand().atoms().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().position();
    }

    @Test
    void everyBondIsGeometricallySane() throws Exception {
        for (ComplexSource source : BundledSample.complexes()) {
            String id = source.id();
            PreparedComplex c = ComplexPreparer.prepare(source);
            Set<Atom> ligandAtoms = Set.copyOf(c.ligand().atoms());
            Set<Atom> pocketAtoms = Set.copyOf(c.pocket().atoms());
            List<HBond> bonds = HBondFinder.find(c, CriteriaProfile.CHIMERAX_RELAXED);
            assertTrue(!bonds.isEmpty(), id + ": no H-bonds at all");
            for (HBond b : bonds) {
                Vec3 d = b.donor().position();
                Vec3 a = b.acceptor().position();
                double dx = d.x() - a.x();
                double dy = d.y() - a.y();
                double dz = d.z() - a.z();
                assertEquals(Math.sqrt(dx * dx + dy * dy + dz * dz), b.distance(), 1e-9, id + " " + b);
                assertTrue(b.distance() <= LARGEST_RELAXED_REACH, id + " too long: " + b);
                assertTrue(Set.of("N", "O", "S").contains(b.donor().element().symbol()), id + " donor " + b);
                assertTrue(Set.of("N", "O", "S").contains(b.acceptor().element().symbol()), id + " acceptor " + b);
                Atom ligandEnd = b.donorInLigand() ? b.donor() : b.acceptor();
                Atom pocketEnd = b.donorInLigand() ? b.acceptor() : b.donor();
                assertTrue(ligandAtoms.contains(ligandEnd), id + " ligand end " + b);
                assertTrue(pocketAtoms.contains(pocketEnd), id + " pocket end " + b);
                assertTrue(Double.isNaN(b.angle()) || b.angle() >= 0 && b.angle() <= 180, id + " angle " + b);
            }
        }
    }

    @Test
    void twoRunsGiveEqualLists() throws Exception {
        for (String id : List.of("1aku", "1bju")) {
            assertEquals(bonds(id), bonds(id), id);
        }
    }
}
