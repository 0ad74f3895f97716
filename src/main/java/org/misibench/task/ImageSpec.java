package org.misibench.task;

import java.util.ArrayList;
import java.util.List;
import org.misibench.render.camera.Camera;
import org.misibench.render.camera.CanonicalView;
import org.misibench.render.scene.Scene;
import org.misibench.scene.ComplexViews;

/**
 * One image of an item before it is rendered: what it shows ({@code role}, e.g. {@code front} or
 * {@code front-after}), which scene ({@code sceneKey}: {@link #POCKET}, {@code residue <id>} for T4,
 * {@code pocket <target>} for T5's target …), the scene itself and the camera. Specs with the same
 * scene key and camera render to the same image, so canonical views are rendered once and shared
 * across items ({@link #renderKey()}).
 */
public record ImageSpec(String role, String sceneKey, Scene scene, Camera camera) {

    /** The pocket-and-ligand scene every task but T4 shows. */
    public static final String POCKET = "pocket";

    /** Front, left and top: the "initial three views" of the spatial tasks. */
    static final CanonicalView[] THREE_VIEWS = {CanonicalView.FRONT, CanonicalView.LEFT, CanonicalView.TOP};

    /** The given canonical views of {@code views}' scene, in that order. */
    public static List<ImageSpec> of(String sceneKey, ComplexViews views, CanonicalView... which) {
        return of(sceneKey, views.scene(), views, which);
    }

    /** The given canonical views of {@code views}' cameras showing {@code scene} (e.g. only the pocket). */
    public static List<ImageSpec> of(String sceneKey, Scene scene, ComplexViews views, CanonicalView... which) {
        List<ImageSpec> specs = new ArrayList<>();
        for (CanonicalView v : which) {
            specs.add(new ImageSpec(v.id(), sceneKey, scene, views.camera(v)));
        }
        return specs;
    }

    /**
     * What makes two specs the same picture: the scene key and the exact camera (position and axes,
     * written with all their bits, so two cameras that differ in the last place are different images).
     */
    public String renderKey() {
        StringBuilder key = new StringBuilder(sceneKey);
        for (double v : camera.position()) {
            key.append('|').append(Double.doubleToLongBits(v));
        }
        for (int i = 0; i < 3; i++) {
            for (double v : camera.axis(i)) {
                key.append('|').append(Double.doubleToLongBits(v));
            }
        }
        return key.toString();
    }
}
