/**
 * The camera model of UCSF ChimeraX (spec {@code chimerax-behaviour.md} §2), usable without a GPU:
 * a perspective camera with a 30° horizontal field of view looking down its −z axis, fitted to a
 * bounding box with padding, moved and turned in screen axes, and the projection of any scene
 * point to screen coordinates (Å, camera frame, like ChimeraX's {@code getcrd screen}) and pixels.
 * It is the ground truth that item answers and pixel tests are computed from.
 */
package org.misibench.render.camera;
