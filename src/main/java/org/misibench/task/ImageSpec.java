package org.misibench.task;

import org.misibench.render.camera.Camera;

/**
 * One image of an item before it is rendered: what it shows ({@code role}, e.g. {@code front} or
 * {@code front-after}), which scene of the complex ({@link #POCKET}, or {@code residue <id>} for the
 * one-residue scenes of T4) and the camera. Specs with the same scene and camera render to the
 * same image, so canonical views are rendered once and shared across items.
 */
public record ImageSpec(String role, String scene, Camera camera) {

    /** The pocket-and-ligand scene every task but T4 shows. */
    public static final String POCKET = "pocket";

    /** The given canonical views of {@code scene}, in that order, with the cameras of {@code views}. */
    public static java.util.List<ImageSpec> of(String scene, org.misibench.scene.ComplexViews views,
                                               org.misibench.render.camera.CanonicalView... which) {
        java.util.List<ImageSpec> specs = new java.util.ArrayList<>();
        for (org.misibench.render.camera.CanonicalView v : which) {
            specs.add(new ImageSpec(v.id(), scene, views.camera(v)));
        }
        return specs;
    }

    /** Front, left and top: the "initial three views" of the spatial tasks. */
    static final org.misibench.render.camera.CanonicalView[] THREE_VIEWS = {
        org.misibench.render.camera.CanonicalView.FRONT, org.misibench.render.camera.CanonicalView.LEFT,
        org.misibench.render.camera.CanonicalView.TOP};
}
