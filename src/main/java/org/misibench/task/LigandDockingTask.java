package org.misibench.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.misibench.complex.PreparedComplex;
import org.misibench.geometry.Vec3;
import org.misibench.render.camera.Camera;
import org.misibench.render.camera.CanonicalView;
import org.misibench.render.camera.ScreenPoint;
import org.misibench.scene.ComplexSceneBuilder;
import org.misibench.scene.ComplexViews;
import org.misibench.scoring.Axis;
import org.misibench.scoring.Task;
import org.misibench.structure.Atom;
import org.misibench.structure.Structure;

/**
 * T7 ligand docking (spec §5, paper App. A.4): the ligand is moved along screen x until it is clear
 * of the pocket (plus 0–2 Å), then rotated about its own centre (x, y or z, a multiple of 15° in
 * [−90°, 90°]). The images show the pocket alone (front, left, top), the displaced ligand alone
 * (front, left, top) and both (front); the answer is the inverse: {@code roll <axis> <−angle>,
 * move x <−distance>}, rotation first.
 *
 * <p>Decision: "clear of the pocket" is measured in the front view — the ligand's screen-x range
 * ends beyond the pocket's, rounded up to whole ångström — instead of the paper's
 * reference-complex formula (1ugx), which the paper prints with an apparent typo.
 */
public final class LigandDockingTask {

    private LigandDockingTask() {
    }

    public static List<ItemDraft> generate(PreparedComplex complex, int count, int width, int height, long seed,
                                           int rank) {
        SplittableRandom random = TaskRandom.of(complex.id(), Task.LIGAND_DOCKING, seed);
        ComplexViews nativeViews = ComplexViews.of(ComplexSceneBuilder.pocketAndLigand(complex), width, height);
        Camera front = nativeViews.front();
        double[] pocketX = screenXRange(front, complex.pocket());
        double[] ligandX = screenXRange(front, complex.ligand());
        org.misibench.render.scene.Scene pocketOnly = ComplexSceneBuilder.pocketOnly(complex);
        List<ItemDraft> items = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int attempt = 0; items.size() < count && attempt < 100 * count; attempt++) {
            // side, axis and angle balanced across complexes (72 strata); a repeat redraws further along
            int stratum = Strata.pick(72, seed, Task.LIGAND_DOCKING, "pose", rank, count, attempt);
            boolean right = stratum % 2 == 0;
            int margin = random.nextInt(3);
            int distance = right ? (int) Math.ceil(pocketX[1] - ligandX[0]) + margin
                    : -((int) Math.ceil(ligandX[1] - pocketX[0]) + margin);
            Axis axis = Axis.values()[stratum / 2 % 3];
            int angle = 15 * Strata.signedNonZero(stratum / 6, 6);
            String displacement = "move x " + distance + ", roll " + axis.letter() + " " + angle;
            if (!seen.add(displacement)) {
                continue;
            }
            PreparedComplex displaced = displace(complex, front, distance, axis, angle);
            ComplexViews views = ComplexViews.of(ComplexSceneBuilder.pocketAndLigand(displaced), width, height);
            // pocket alone and ligand alone, both in the cameras fitted to the displaced complex, then
            // the displaced complex itself from the front
            List<ImageSpec> images = new ArrayList<>();
            for (ImageSpec s : ImageSpec.of("pocket only", pocketOnly, views, ImageSpec.THREE_VIEWS)) {
                images.add(new ImageSpec("pocket-" + s.role(), s.sceneKey(), s.scene(), s.camera()));
            }
            for (ImageSpec s : ImageSpec.of("ligand displaced by " + displacement,
                    ComplexSceneBuilder.ligandOnly(displaced), views, ImageSpec.THREE_VIEWS)) {
                images.add(new ImageSpec("ligand-" + s.role(), s.sceneKey(), s.scene(), s.camera()));
            }
            images.add(new ImageSpec("displaced-front", "pocket and ligand displaced by " + displacement, views.scene(),
                    views.front()));
            String answer = "roll " + axis.letter() + " " + (-angle) + ", move x " + (-distance);
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("displacement", displacement);
            parameters.put("side", right ? "right" : "left");
            parameters.put("margin", Integer.toString(margin));
            items.add(new ItemDraft(ItemIds.of(complex.id(), Task.LIGAND_DOCKING, parameters, seed), Task.LIGAND_DOCKING,
                    complex.id(), images, QuestionTemplates.question(Task.LIGAND_DOCKING), answer, parameters, seed));
        }
        return items;
    }

    /**
     * The complex with its ligand moved by {@code distance} Å along the front view's x axis, then
     * rotated right-handedly by {@code angle}° about the front view's {@code axis} through the
     * ligand's centre (the mean of its atoms).
     */
    public static PreparedComplex displace(PreparedComplex complex, Camera front, int distance, Axis axis, int angle) {
        double[] ex = front.axis(0);
        Vec3 shift = new Vec3(ex[0] * distance, ex[1] * distance, ex[2] * distance);
        List<Atom> moved = complex.ligand().atoms().stream().map(a -> at(a, a.position().plus(shift))).toList();
        Vec3 centre = Vec3.ZERO;
        for (Atom a : moved) {
            centre = centre.plus(a.position());
        }
        centre = centre.times(1.0 / moved.size());
        double[] u = front.axis(axis.ordinal());
        List<Atom> rotated = new ArrayList<>();
        for (Atom a : moved) {
            rotated.add(at(a, centre.plus(rotate(a.position().minus(centre), u, angle))));
        }
        Structure ligand = new Structure(complex.ligand().location(), rotated, complex.ligand().bonds());
        return new PreparedComplex(complex.id(), ligand, complex.pocket(), complex.pocketResidues(), complex.ligandRef(),
                complex.pocketRadius());
    }

    /** Right-handed rotation of {@code v} about unit axis {@code u} (Rodrigues' formula). */
    private static Vec3 rotate(Vec3 v, double[] u, double degrees) {
        Vec3 k = new Vec3(u[0], u[1], u[2]);
        double t = Math.toRadians(degrees);
        return v.times(Math.cos(t)).plus(k.cross(v).times(Math.sin(t))).plus(k.times(k.dot(v) * (1 - Math.cos(t))));
    }

    private static Atom at(Atom a, Vec3 position) {
        return new Atom(a.serial(), a.name(), a.element(), a.residue(), a.altLoc(), a.occupancy(), a.hetero(), position);
    }

    /** Min and max screen x (Å) of a structure's heavy atoms in the front view. */
    private static double[] screenXRange(Camera front, Structure s) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Atom a : s.atoms()) {
            if (!a.isHydrogen() && !a.isWater()) {
                ScreenPoint p = front.toScreen(a.position().x(), a.position().y(), a.position().z());
                min = Math.min(min, p.x());
                max = Math.max(max, p.x());
            }
        }
        return new double[] {min, max};
    }
}
