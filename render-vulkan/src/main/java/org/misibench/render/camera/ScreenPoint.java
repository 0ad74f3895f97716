package org.misibench.render.camera;

/**
 * A point in the camera frame, in Å: x right, y up, z toward the viewer, origin at the eye, so
 * visible points have negative z (ChimeraX {@code getcrd screen}).
 */
public record ScreenPoint(double x, double y, double z) {
}
