package org.misibench.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.misibench.scene.SceneFixtures.colourAt;
import static org.misibench.scene.SceneFixtures.drawn;
import static org.misibench.scene.SceneFixtures.prepared;
import static org.misibench.scene.SceneFixtures.sphereAt;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.misibench.chemistry.Connectivity;
import org.misibench.chemistry.Molecule;
import org.misibench.complex.PreparedComplex;
import org.misibench.geometry.Vec3;
import org.misibench.render.scene.Label;
import org.misibench.render.scene.Scene;
import org.misibench.source.BundledSample;
import org.misibench.source.ComplexSource;
import org.misibench.structure.Atom;
import org.misibench.structure.Bond;
import org.misibench.structure.ResidueId;
import org.misibench.structure.Structure;

class ComplexSceneBuilderTest {

    private static final int N_BLUE = 0x3050F8FF;
    private static final int O_RED = 0xFF0D0DFF;
    private static final int LIGAND_GRAY = 0x909090FF;
    private static final int PURPLE = 0xBF99F2FF;
    private static final int ORANGE = 0xF2B366FF;

    @Test
    void everyHeavyNonWaterAtomOfPocketAndLigandIsOneStickSphere() {
        for (ComplexSource source : BundledSample.complexes()) {
            PreparedComplex c = prepared(source.id());
            Scene scene = ComplexSceneBuilder.pocketAndLigand(c);
            long expected = Stream.concat(c.pocket().atoms().stream(), c.ligand().atoms().stream())
                    .filter(SceneFixtures::drawn).count();
            assertEquals(expected, scene.sphereCount(), source.id());
            for (double r : scene.sphereRadii()) {
                assertEquals(0.2, r, source.id());
            }
            for (Atom a : c.ligand().atoms()) {
                if (drawn(a)) {
                    assertTrue(sphereAt(scene, a.position()) >= 0, source.id() + " " + a);
                }
            }
        }
    }

    @Test
    void hydrogensAreNeitherSpheresNorBondEnds() {
        for (String id : List.of("7BLA_WCS", "1hvi")) {
            PreparedComplex c = prepared(id);
            Scene scene = ComplexSceneBuilder.pocketAndLigand(c);
            List<Vec3> hydrogens = Stream.concat(c.pocket().atoms().stream(), c.ligand().atoms().stream())
                    .filter(a -> a.element().atomicNumber() == 1).map(Atom::position).toList();
            assertTrue(hydrogens.size() > 100, id + " has explicit hydrogens: " + hydrogens.size());
            double[] centres = scene.sphereCentres();
            for (int i = 0; i < scene.sphereCount(); i++) {
                Vec3 centre = new Vec3(centres[3 * i], centres[3 * i + 1], centres[3 * i + 2]);
                assertTrue(hydrogens.stream().noneMatch(h -> h.distance(centre) < 1e-6), id + " sphere at an H");
            }
            double[] ends = scene.cylinderEnds();
            for (int i = 0; i < ends.length; i += 3) {
                Vec3 end = new Vec3(ends[i], ends[i + 1], ends[i + 2]);
                assertTrue(hydrogens.stream().noneMatch(h -> h.distance(end) < 1e-6), id + " bond to an H");
            }
        }
    }

    @Test
    void atomsAreColouredByElementWithPocketCarbonsByResidueAndLigandCarbonsGray() {
        PreparedComplex c = prepared("1aku");
        Scene scene = ComplexSceneBuilder.pocketAndLigand(c);
        Atom pocketN = first(c.pocket(), "N", null);
        Atom pocketO = first(c.pocket(), "O", null);
        assertEquals(N_BLUE, colourAt(scene, pocketN));
        assertEquals(O_RED, colourAt(scene, pocketO));
        assertEquals(LIGAND_GRAY, colourAt(scene, first(c.ligand(), "C", null)));
        assertEquals(N_BLUE, colourAt(scene, first(c.ligand(), "N", null)));
        assertEquals(O_RED, colourAt(scene, first(c.ligand(), "O", null)));
        assertEquals(0xFF8000FF, colourAt(scene, first(c.ligand(), "P", null)));

        ResidueId firstResidue = c.pocket().atoms().get(0).residue();
        ResidueId secondResidue = c.pocket().atoms().stream().map(Atom::residue).filter(r -> !r.equals(firstResidue))
                .findFirst().orElseThrow();
        int carbons = 0;
        for (Atom a : c.pocket().atoms()) {
            if (a.element().atomicNumber() == 6 && a.residue().equals(firstResidue)) {
                assertEquals(PURPLE, colourAt(scene, a), a.toString());
                carbons++;
            } else if (a.element().atomicNumber() == 6 && a.residue().equals(secondResidue)) {
                assertEquals(ORANGE, colourAt(scene, a), a.toString());
                carbons++;
            }
        }
        assertTrue(carbons >= 2, "carbons checked: " + carbons);
        assertEquals(PURPLE, colourAt(scene, first(c.pocket(), "C", c.pocketResidues().get(2))));
    }

    @Test
    void everyBondBetweenDrawnAtomsIsAHalfColouredStick() {
        for (String id : List.of("1aku", "7BLA_WCS", "1hvi", "1G9V_RQ3")) {
            PreparedComplex c = prepared(id);
            Scene scene = ComplexSceneBuilder.pocketAndLigand(c);
            // pocket bonds as ChimeraX makes them; ligand bonds as the SDF states them, or made like a PDB residue
            int expected = drawnBonds(Connectivity.fromPdb(c.pocket()));
            if (c.ligand().bonds().isEmpty()) {
                expected += drawnBonds(Connectivity.fromPdb(c.ligand()));
            } else {
                for (Bond b : c.ligand().bonds()) {
                    expected += drawn(c.ligand().atoms().get(b.first())) && drawn(c.ligand().atoms().get(b.second())) ? 1 : 0;
                }
            }
            assertEquals(expected, scene.cylinderCount(), id);
            double[] ends = scene.cylinderEnds();
            for (int i = 0; i < scene.cylinderCount(); i++) {
                int a = sphereAt(scene, new Vec3(ends[6 * i], ends[6 * i + 1], ends[6 * i + 2]));
                int b = sphereAt(scene, new Vec3(ends[6 * i + 3], ends[6 * i + 4], ends[6 * i + 5]));
                assertTrue(a >= 0 && b >= 0, id + " cylinder " + i + " ends on drawn atoms");
                assertEquals(scene.sphereColours()[a], scene.cylinderColoursA()[i], id + " first half");
                assertEquals(scene.sphereColours()[b], scene.cylinderColoursB()[i], id + " second half");
                assertEquals(0.2, scene.cylinderRadii()[i]);
            }
        }
    }

    @Test
    void everyPocketResidueIsLabelledAtItsCentreThenEveryLigandAtomByName() {
        for (String id : List.of("1aku", "1bju", "7BLA_WCS")) {
            PreparedComplex c = prepared(id);
            Scene scene = ComplexSceneBuilder.pocketAndLigand(c);
            List<ResidueId> residues = c.pocketResidues();
            List<Atom> ligandHeavy = c.ligand().atoms().stream().filter(SceneFixtures::drawn).toList();
            assertEquals(residues.size() + ligandHeavy.size(), scene.labels().size(), id);
            for (int i = 0; i < residues.size(); i++) {
                ResidueId r = residues.get(i);
                Label label = scene.labels().get(i);
                String text = r.name() + " " + r.number() + (r.insertionCode() == ' ' ? "" : "" + r.insertionCode());
                assertEquals(text, label.text(), id);
                List<Vec3> atoms = c.pocket().atoms().stream().filter(a -> a.residue().equals(r)).filter(SceneFixtures::drawn)
                        .map(Atom::position).toList();
                Vec3 centre = atoms.stream().reduce(Vec3.ZERO, Vec3::plus).times(1.0 / atoms.size());
                assertEquals(centre.x(), label.x(), 1e-9, text);
                assertEquals(centre.y(), label.y(), 1e-9, text);
                assertEquals(centre.z(), label.z(), 1e-9, text);
                assertEquals(0, label.offsetX());
                assertEquals(0, label.offsetY());
                assertEquals(0, label.offsetZ());
                assertWhite(label);
            }
            for (int i = 0; i < ligandHeavy.size(); i++) {
                Label label = scene.labels().get(residues.size() + i);
                Atom a = ligandHeavy.get(i);
                assertEquals(a.name(), label.text(), id);
                assertAtomLabel(a, label);
            }
        }
        assertTrue(ComplexSceneBuilder.pocketAndLigand(prepared("1bju")).labels().stream()
                .anyMatch(l -> l.text().equals("GLY 184A")), "insertion codes are part of the label");
    }

    @Test
    void theResidueVariantDrawsAndLabelsEveryAtomOfTheResidueAndTheLigand() {
        PreparedComplex c = prepared("1hvi");
        ResidueId residue = c.pocketResidues().get(5);
        Scene scene = ComplexSceneBuilder.residueAndLigand(c, residue);
        List<Atom> residueAtoms = c.pocket().atoms().stream().filter(a -> a.residue().equals(residue))
                .filter(SceneFixtures::drawn).toList();
        List<Atom> ligandAtoms = c.ligand().atoms().stream().filter(SceneFixtures::drawn).toList();
        List<Atom> all = new ArrayList<>(residueAtoms);
        all.addAll(ligandAtoms);
        assertTrue(residueAtoms.size() >= 4, residue + " atoms: " + residueAtoms.size());
        assertEquals(all.size(), scene.sphereCount());
        assertEquals(all.size(), scene.labels().size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(all.get(i).name(), scene.labels().get(i).text());
            assertAtomLabel(all.get(i), scene.labels().get(i));
        }
        // the residue keeps the colour it has in the whole pocket: index 5, orange
        Atom carbon = residueAtoms.stream().filter(a -> a.element().atomicNumber() == 6).findFirst().orElseThrow();
        assertEquals(ORANGE, colourAt(scene, carbon));
        // bonds only inside the residue and inside the ligand
        double[] ends = scene.cylinderEnds();
        for (int i = 0; i < ends.length; i += 3) {
            assertTrue(sphereAt(scene, new Vec3(ends[i], ends[i + 1], ends[i + 2])) >= 0);
        }
        assertTrue(scene.cylinderCount() >= residueAtoms.size() - 1 + ligandAtoms.size() - 1);
    }

    @Test
    void theResidueVariantRefusesAResidueOutsideThePocket() {
        PreparedComplex c = prepared("1aku");
        assertThrows(IllegalArgumentException.class,
                () -> ComplexSceneBuilder.residueAndLigand(c, new ResidueId("Z", 9999, ' ', "ALA")));
    }

    @Test
    void theSameComplexGivesTheSameScene() {
        PreparedComplex c = prepared("7BLA_WCS");
        Scene a = ComplexSceneBuilder.pocketAndLigand(c);
        Scene b = ComplexSceneBuilder.pocketAndLigand(c);
        assertArrayEquals(a.sphereCentres(), b.sphereCentres());
        assertArrayEquals(a.sphereColours(), b.sphereColours());
        assertArrayEquals(a.cylinderEnds(), b.cylinderEnds());
        assertArrayEquals(a.cylinderColoursA(), b.cylinderColoursA());
        assertEquals(a.labels(), b.labels());
    }

    private static void assertAtomLabel(Atom a, Label label) {
        assertEquals(a.position().x(), label.x());
        assertEquals(a.position().y(), label.y());
        assertEquals(a.position().z(), label.z());
        assertEquals(0.4, label.offsetX(), 1e-12, "0.2 + display radius 0.2");
        assertEquals(0, label.offsetY());
        assertEquals(0.5, label.offsetZ());
        assertWhite(label);
    }

    private static void assertWhite(Label label) {
        assertEquals(0xFFFFFFFF, label.rgba());
        assertEquals(0.7, label.height());
    }

    private static int drawnBonds(Molecule m) {
        int n = 0;
        for (int[] b : m.bonds()) {
            n += drawn(m.atom(b[0])) && drawn(m.atom(b[1])) ? 1 : 0;
        }
        return n;
    }

    /** The first atom of {@code element} (in {@code residue} when given), in file order. */
    private static Atom first(Structure s, String element, ResidueId residue) {
        return s.atoms().stream().filter(a -> a.element().symbol().equals(element))
                .filter(a -> residue == null || a.residue().equals(residue)).findFirst().orElseThrow();
    }
}
