package org.misibench.scene;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.misibench.chemistry.Connectivity;
import org.misibench.chemistry.Molecule;
import org.misibench.complex.PreparedComplex;
import org.misibench.geometry.Vec3;
import org.misibench.render.scene.Label;
import org.misibench.render.scene.Scene;
import org.misibench.structure.Atom;
import org.misibench.structure.ResidueId;
import org.misibench.structure.Structure;

/**
 * Turns a prepared complex into the scene its images show, in the {@link MisiStyle}: every shown
 * atom a sphere, every bond between two shown atoms a half-bond stick, and the labels of the task.
 * Hidden atoms (hydrogens, waters) are left out with their bonds and labels.
 *
 * <p>The order of primitives is fixed, because a scene's order is part of its identity (the same
 * complex must give byte-identical images): spheres for the pocket's atoms in file order, then the
 * ligand's; cylinders for the pocket's bonds, then the ligand's, each in {@link Molecule#bonds()}
 * order, first end = lower atom index; labels as each method says.
 *
 * <p>Bonds are those ChimeraX would make on opening the files ({@link Connectivity}): the pocket
 * from residue templates and distances; the ligand from the bonds its file states when it states
 * any (SDF, MOL2, CONECT), otherwise as a PDB residue.
 */
public final class ComplexSceneBuilder {

    private ComplexSceneBuilder() {
    }

    /**
     * The pocket and the ligand, as tasks T1–T3 and T5–T9 show them. Labels: first every pocket
     * residue ({@code ARG 45}, {@code ARG 45A}) in the pocket's residue order, lower-left corner at
     * the mean of the residue's shown atoms with no offset; then every shown ligand atom by name,
     * at ChimeraX's default atom-label offset.
     */
    public static Scene pocketAndLigand(PreparedComplex complex) {
        return pocketAndOrLigand(complex, true, true);
    }

    /** The pocket alone, labelled as in {@link #pocketAndLigand} (task T7's first three images). */
    public static Scene pocketOnly(PreparedComplex complex) {
        return pocketAndOrLigand(complex, true, false);
    }

    /** The ligand alone, labelled as in {@link #pocketAndLigand} (task T7's displaced-ligand images). */
    public static Scene ligandOnly(PreparedComplex complex) {
        return pocketAndOrLigand(complex, false, true);
    }

    private static Scene pocketAndOrLigand(PreparedComplex complex, boolean withPocket, boolean withLigand) {
        Structure pocket = complex.pocket();
        Molecule pocketMolecule = Connectivity.fromPdb(pocket);
        Molecule ligandMolecule = ligandMolecule(complex.ligand());
        boolean[] pocketShown = shown(pocket, a -> withPocket);
        boolean[] ligandShown = shown(complex.ligand(), a -> withLigand);

        int[] pocketColours = pocketColours(complex);
        int[] ligandColours = ligandColours(complex.ligand());

        Scene.Builder scene = Scene.builder();
        drawAtoms(scene, pocket, pocketShown, pocketColours);
        drawAtoms(scene, complex.ligand(), ligandShown, ligandColours);
        drawBonds(scene, pocketMolecule, pocketShown, pocketColours);
        drawBonds(scene, ligandMolecule, ligandShown, ligandColours);
        labelResidues(scene, complex, pocketShown);
        labelAtoms(scene, complex.ligand(), ligandShown);
        return scene.build();
    }

    /**
     * One pocket residue and the ligand, as task T4 shows them: every shown atom of both labelled
     * by its atom name (the residue's atoms first, in file order, then the ligand's), no residue
     * labels. The residue keeps the carbon colour it has in the whole pocket, so that it looks
     * the same as in the pocket images; bonds that leave the residue (peptide links) are not drawn.
     *
     * @throws IllegalArgumentException if {@code residue} is not one of the pocket's residues
     */
    public static Scene residueAndLigand(PreparedComplex complex, ResidueId residue) {
        if (!complex.pocketResidues().contains(residue)) {
            throw new IllegalArgumentException("not a pocket residue of " + complex.id() + ": " + residue);
        }
        Structure pocket = complex.pocket();
        boolean[] residueShown = shown(pocket, a -> a.residue().equals(residue));
        boolean[] ligandShown = shown(complex.ligand(), a -> true);

        int[] pocketColours = pocketColours(complex);
        int[] ligandColours = ligandColours(complex.ligand());

        Scene.Builder scene = Scene.builder();
        drawAtoms(scene, pocket, residueShown, pocketColours);
        drawAtoms(scene, complex.ligand(), ligandShown, ligandColours);
        drawBonds(scene, Connectivity.fromPdb(pocket), residueShown, pocketColours);
        drawBonds(scene, ligandMolecule(complex.ligand()), ligandShown, ligandColours);
        labelAtoms(scene, pocket, residueShown);
        labelAtoms(scene, complex.ligand(), ligandShown);
        return scene.build();
    }

    /** The ligand's bonds: as its file states them when it states any, else as a PDB residue. */
    static Molecule ligandMolecule(Structure ligand) {
        return ligand.bonds().isEmpty() ? Connectivity.fromPdb(ligand) : Connectivity.fromFileBonds(ligand);
    }

    /** Which atoms are drawn: shown in the style and selected by {@code include}. */
    private static boolean[] shown(Structure structure, Predicate<Atom> include) {
        boolean[] shown = new boolean[structure.atoms().size()];
        for (int i = 0; i < shown.length; i++) {
            Atom a = structure.atoms().get(i);
            shown[i] = MisiStyle.isShown(a) && include.test(a);
        }
        return shown;
    }

    private static int[] pocketColours(PreparedComplex complex) {
        Map<ResidueId, Integer> order = new HashMap<>();
        List<ResidueId> residues = complex.pocketResidues();
        for (int i = 0; i < residues.size(); i++) {
            order.putIfAbsent(residues.get(i), i);
        }
        List<Atom> atoms = complex.pocket().atoms();
        int[] colours = new int[atoms.size()];
        for (int i = 0; i < colours.length; i++) {
            Integer index = order.get(atoms.get(i).residue());
            if (index == null) {
                throw new IllegalStateException("pocket atom outside the pocket's residues: " + atoms.get(i));
            }
            colours[i] = MisiStyle.pocketAtomColour(atoms.get(i), index);
        }
        return colours;
    }

    private static int[] ligandColours(Structure ligand) {
        int[] colours = new int[ligand.atoms().size()];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = MisiStyle.ligandAtomColour(ligand.atoms().get(i));
        }
        return colours;
    }

    private static void drawAtoms(Scene.Builder scene, Structure structure, boolean[] shown, int[] colours) {
        for (int i = 0; i < shown.length; i++) {
            if (shown[i]) {
                Vec3 p = structure.atoms().get(i).position();
                scene.sphere(p.x(), p.y(), p.z(), MisiStyle.ATOM_RADIUS, colours[i]);
            }
        }
    }

    private static void drawBonds(Scene.Builder scene, Molecule molecule, boolean[] shown, int[] colours) {
        for (int[] bond : molecule.bonds()) {
            int a = bond[0];
            int b = bond[1];
            if (shown[a] && shown[b]) {
                Vec3 p = molecule.atom(a).position();
                Vec3 q = molecule.atom(b).position();
                scene.cylinder(p.x(), p.y(), p.z(), q.x(), q.y(), q.z(), MisiStyle.STICK_RADIUS,
                        colours[a], colours[b]);
            }
        }
    }

    /** Residue labels at the mean of each residue's shown atoms; a residue with none shown has no label. */
    private static void labelResidues(Scene.Builder scene, PreparedComplex complex, boolean[] shown) {
        Map<ResidueId, List<Integer>> atomsByResidue = complex.pocket().residues();
        for (ResidueId residue : complex.pocketResidues()) {
            Vec3 sum = Vec3.ZERO;
            int count = 0;
            for (int i : atomsByResidue.getOrDefault(residue, List.of())) {
                if (shown[i]) {
                    sum = sum.plus(complex.pocket().atoms().get(i).position());
                    count++;
                }
            }
            if (count > 0) {
                Vec3 centre = sum.times(1.0 / count);
                scene.label(new Label(centre.x(), centre.y(), centre.z(), residue.label(), 0, 0, 0,
                        MisiStyle.LABEL_HEIGHT, MisiStyle.LABEL_COLOUR));
            }
        }
    }

    private static void labelAtoms(Scene.Builder scene, Structure structure, boolean[] shown) {
        for (int i = 0; i < shown.length; i++) {
            if (shown[i]) {
                Atom a = structure.atoms().get(i);
                Vec3 p = a.position();
                scene.label(new Label(p.x(), p.y(), p.z(), a.name(), MisiStyle.ATOM_LABEL_OFFSET_X, 0,
                        MisiStyle.ATOM_LABEL_OFFSET_Z, MisiStyle.LABEL_HEIGHT, MisiStyle.LABEL_COLOUR));
            }
        }
    }
}
