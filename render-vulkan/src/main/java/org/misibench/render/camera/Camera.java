package org.misibench.render.camera;

/**
 * A perspective camera as ChimeraX's mono camera (spec §2): a rigid frame in scene coordinates
 * whose x axis is screen-right and y screen-up, looking along −z, with a 30° horizontal field of
 * view. Immutable: {@link #fitTo}, {@link #move} and {@link #turn} return new cameras.
 *
 * <pre>{@code
 * Camera front = Camera.identity().fitTo(box, 0.05, 512, 512);     // "view" after "open"
 * Camera left = front.turn(ScreenAxis.Y, 90, box.centre());          // "turn y 90"
 * PixelPoint p = left.toPixels(x, y, z, 512, 512);
 * }</pre>
 */
public final class Camera {

    /** Horizontal field of view, degrees. */
    public static final double FIELD_OF_VIEW = 30.0;

    private static final double TAN_HALF_FOV = Math.tan(Math.toRadians(FIELD_OF_VIEW / 2));

    /** Columns are the camera's x, y, z axes in scene coordinates. */
    private final double[][] axes;
    private final double[] origin;

    private Camera(double[][] axes, double[] origin) {
        this.axes = axes;
        this.origin = origin;
    }

    /** The camera ChimeraX starts from: scene axes = screen axes, eye at the scene origin. */
    public static Camera identity() {
        return new Camera(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, new double[] {0, 0, 0});
    }

    /**
     * Keeps the orientation and moves the eye back along its z axis until every corner of
     * {@code box} is inside the view with {@code pad} (a fraction) to spare, as ChimeraX's
     * {@code view} does for a {@code width × height} window.
     */
    public Camera fitTo(BoundingBox box, double pad, int width, int height) {
        double tanHalfVertical = (double) height / width * TAN_HALF_FOV;
        double[] centre = box.centre();
        double d = Double.NEGATIVE_INFINITY;
        for (double[] corner : box.corners()) {
            double[] rel = {corner[0] - centre[0], corner[1] - centre[1], corner[2] - centre[2]};
            double x = dot(rel, axis(0));
            double y = dot(rel, axis(1));
            double z = dot(rel, axis(2));
            d = Math.max(d, Math.max(Math.abs(x) / TAN_HALF_FOV + z, Math.abs(y) / tanHalfVertical + z));
        }
        d /= Math.max(0.01, 1 - pad);
        double[] zAxis = axis(2);
        return new Camera(copy(axes), new double[] {
            centre[0] + d * zAxis[0], centre[1] + d * zAxis[1], centre[2] + d * zAxis[2]});
    }

    /** ChimeraX {@code move axis distance}: the scene appears shifted by +distance Å along the screen axis. */
    public Camera move(ScreenAxis axis, double distance) {
        double[] a = axis(axis.ordinal());
        return new Camera(copy(axes), new double[] {
            origin[0] - distance * a[0], origin[1] - distance * a[1], origin[2] - distance * a[2]});
    }

    /**
     * ChimeraX {@code turn axis angle}: the scene appears rotated right-handedly by {@code degrees}
     * about the screen axis through {@code centre} (scene coordinates). The camera itself takes
     * the inverse rotation about that point.
     */
    public Camera turn(ScreenAxis axis, double degrees, double[] centre) {
        double[][] inverse = Rotation.about(axis(axis.ordinal()), -degrees);
        double[] rel = {origin[0] - centre[0], origin[1] - centre[1], origin[2] - centre[2]};
        double[] moved = Rotation.apply(inverse, rel);
        double[][] newAxes = new double[3][3];
        for (int c = 0; c < 3; c++) {
            double[] rotated = Rotation.apply(inverse, axis(c));
            for (int r = 0; r < 3; r++) {
                newAxes[r][c] = rotated[r];
            }
        }
        return new Camera(newAxes, new double[] {centre[0] + moved[0], centre[1] + moved[1], centre[2] + moved[2]});
    }

    /** The scene point in the camera frame (Å). */
    public ScreenPoint toScreen(double x, double y, double z) {
        double[] rel = {x - origin[0], y - origin[1], z - origin[2]};
        return new ScreenPoint(dot(rel, axis(0)), dot(rel, axis(1)), dot(rel, axis(2)));
    }

    /** The scene point in pixels of a {@code width × height} image (the pixel scale is set by the width). */
    public PixelPoint toPixels(double x, double y, double z, int width, int height) {
        return project(toScreen(x, y, z), width, height);
    }

    /** A camera-frame point in pixels. */
    public static PixelPoint project(ScreenPoint p, int width, int height) {
        double depth = -p.z();
        double scale = width / 2.0 / (depth * TAN_HALF_FOV);
        return new PixelPoint(width / 2.0 + p.x() * scale, height / 2.0 - p.y() * scale, depth);
    }

    /** The eye position in scene coordinates. */
    public double[] position() {
        return origin.clone();
    }

    /** Camera axis {@code i} (0 x, 1 y, 2 z) in scene coordinates. */
    public double[] axis(int i) {
        return new double[] {axes[0][i], axes[1][i], axes[2][i]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[][] copy(double[][] m) {
        return new double[][] {m[0].clone(), m[1].clone(), m[2].clone()};
    }
}
