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
}
