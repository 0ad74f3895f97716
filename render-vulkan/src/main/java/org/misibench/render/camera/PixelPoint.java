package org.misibench.render.camera;

/** A projected point in pixels: origin at the top-left corner, x right, y down; depth = distance in front of the eye (Å). */
public record PixelPoint(double x, double y, double depth) {
}
