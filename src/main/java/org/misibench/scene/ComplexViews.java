package org.misibench.scene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.misibench.geometry.Vec3;
import org.misibench.render.camera.BoundingBox;
import org.misibench.render.camera.Camera;
import org.misibench.render.camera.CanonicalView;
import org.misibench.render.camera.ScreenPoint;
import org.misibench.render.scene.Scene;
import org.misibench.structure.Atom;

/**
 * The cameras of one scene's images: the front view fitted as ChimeraX's {@code view} fits it
 * (identity orientation, 5 % padding, chimerax-behaviour.md §2.2–2.3), the centre of rotation,
 * and the six {@link CanonicalView}s as turns of the front view about that centre. With them, the
 * screen and pixel coordinates of any atoms in each view, which ground truth and the render
 * command's JSON record so that answers can be checked against the very cameras that drew the images.
 *
 * <p>The centre of rotation is the centre of the scene's bounds: ChimeraX's default "front
 * center" method gives that whenever the fitted view is wider than the box's largest side
 * (§2.4), which fitting guarantees for images at least as wide as they are tall.
 */
public final class ComplexViews {

    /** The padding ChimeraX's {@code view} leaves around the bounds (a fraction). */
    public static final double PAD = 0.05;

    private final Scene scene;
    private final int width;
    private final int height;
    private final double[] centreOfRotation;
    private final Map<CanonicalView, Camera> cameras;

    private ComplexViews(Scene scene, int width, int height, double[] centreOfRotation,
                         Map<CanonicalView, Camera> cameras) {
        this.scene = scene;
        this.width = width;
        this.height = height;
        this.centreOfRotation = centreOfRotation;
        this.cameras = cameras;
    }

    /** The views of {@code scene} in {@code width × height} images. */
    public static ComplexViews of(Scene scene, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "×" + height);
        }
        BoundingBox bounds = scene.bounds();
        Camera front = Camera.identity().fitTo(bounds, PAD, width, height);
        double[] centre = bounds.centre();
        Map<CanonicalView, Camera> cameras = new EnumMap<>(CanonicalView.class);
        for (CanonicalView view : CanonicalView.values()) {
            cameras.put(view, view.from(front, centre));
        }
        return new ComplexViews(scene, width, height, centre, Collections.unmodifiableMap(cameras));
    }

    /** The scene these cameras were fitted to. */
    public Scene scene() {
        return scene;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The fitted front camera. */
    public Camera front() {
        return cameras.get(CanonicalView.FRONT);
    }

    /** The centre of rotation, scene coordinates (Å): the centre of the scene's bounds. */
    public double[] centreOfRotation() {
        return centreOfRotation.clone();
    }

    /** The camera of {@code view}. */
    public Camera camera(CanonicalView view) {
        return cameras.get(view);
    }

    /** All six cameras in {@link CanonicalView} order. */
    public Map<CanonicalView, Camera> cameras() {
        return cameras;
    }

    /** Each of {@code atoms} (in that order) as seen in {@code view}. */
    public List<ProjectedAtom> project(CanonicalView view, List<Atom> atoms) {
        return project(camera(view), atoms);
    }

    /**
     * Each of {@code atoms} (in that order) as seen by {@code camera} in this views' image size:
     * for cameras moved or turned from a canonical one (the "after" images of T1–T3, T5, T6).
     */
    public List<ProjectedAtom> project(Camera camera, List<Atom> atoms) {
        List<ProjectedAtom> projected = new ArrayList<>(atoms.size());
        for (Atom a : atoms) {
            Vec3 p = a.position();
            ScreenPoint screen = camera.toScreen(p.x(), p.y(), p.z());
            projected.add(new ProjectedAtom(a, screen, Camera.project(screen, width, height)));
        }
        return projected;
    }

    /** Each of {@code atoms} in every view, views in {@link CanonicalView} order. */
    public Map<CanonicalView, List<ProjectedAtom>> projectAll(List<Atom> atoms) {
        Map<CanonicalView, List<ProjectedAtom>> all = new EnumMap<>(CanonicalView.class);
        for (CanonicalView view : CanonicalView.values()) {
            all.put(view, project(view, atoms));
        }
        return Collections.unmodifiableMap(all);
    }
}
