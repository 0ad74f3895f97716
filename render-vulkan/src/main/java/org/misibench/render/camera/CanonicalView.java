package org.misibench.render.camera;

/**
 * The six canonical views of MiSI-Bench (spec {@code misi-bench.md} §3): the fitted front view and
 * five turns of it about the centre of rotation. Each view is named by the face of the scene it
 * shows (Decision): a right-handed turn by +90° about y brings the −x face toward the viewer (the
 * view from the left), and one by +90° about x brings the +y face forward (the view from the top).
 * The spec's list gives "top" as turn x −90°, taken from chimerax-behaviour.md §2.6's derived
 * consequences, which contradict that section's own rotation formulas for the x axis; the
 * formulas (and the right-hand rule the answer grammar uses) win here.
 */
public enum CanonicalView {
    FRONT(ScreenAxis.Y, 0),
    LEFT(ScreenAxis.Y, 90),
    TOP(ScreenAxis.X, 90),
    BACK(ScreenAxis.Y, 180),
    RIGHT(ScreenAxis.Y, -90),
    BOTTOM(ScreenAxis.X, -90);

    private final ScreenAxis axis;
    private final double degrees;

    CanonicalView(ScreenAxis axis, double degrees) {
        this.axis = axis;
        this.degrees = degrees;
    }

    /** This view's camera, from the fitted front camera and the centre of rotation. */
    public Camera from(Camera front, double[] centreOfRotation) {
        return degrees == 0 ? front : front.turn(axis, degrees, centreOfRotation);
    }

    /** The lower-case name used in file names and on the command line. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
