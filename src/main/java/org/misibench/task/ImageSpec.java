package org.misibench.task;

import org.misibench.render.camera.Camera;

/**
 * One image of an item before it is rendered: what it shows ({@code role}, e.g. {@code front} or
 * {@code front-after}) and the camera on the complex's pocket-and-ligand scene. Specs with the
 * same camera render to the same image, so canonical views are rendered once and shared.
 */
public record ImageSpec(String role, Camera camera) {
}
