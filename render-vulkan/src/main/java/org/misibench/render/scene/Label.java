package org.misibench.render.scene;

/**
 * A text label drawn on top of everything, facing the camera (ChimeraX 3D labels, spec §3.5).
 * Its lower-left corner sits at the anchor plus an offset given in screen axes (Å).
 *
 * @param x       anchor, scene coordinates (Å)
 * @param offsetX offset along screen x (right), Å
 * @param offsetY offset along screen y (up), Å
 * @param offsetZ offset along screen z (toward the viewer), Å
 * @param height  text height in scene units (Å); ChimeraX's default is 0.7
 * @param rgba    colour as 0xRRGGBBAA
 */
public record Label(double x, double y, double z, String text, double offsetX, double offsetY, double offsetZ,
                    double height, int rgba) {

    /** ChimeraX's default label height, Å. */
    public static final double DEFAULT_HEIGHT = 0.7;

    public Label {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a label needs text");
        }
        if (height <= 0) {
            throw new IllegalArgumentException("label height must be positive: " + height);
        }
    }
}
