package org.misibench.task;

/**
 * The rotation formulas of chimerax-behaviour.md §2.6, written out for the tests: a right-handed
 * rotation of screen coordinates about a screen axis through a centre. Kept apart from the camera
 * code so the tests check the cameras against an independent computation.
 */
final class ScreenFormulas {

    private ScreenFormulas() {
    }

    static double[] rolled(double[] p, double[] c, String axis, int degrees) {
        double t = Math.toRadians(degrees);
        double x = p[0] - c[0];
        double y = p[1] - c[1];
        double z = p[2] - c[2];
        double[] r = switch (axis) {
            case "y" -> new double[] {x * Math.cos(t) + z * Math.sin(t), y, -x * Math.sin(t) + z * Math.cos(t)};
            case "x" -> new double[] {x, y * Math.cos(t) - z * Math.sin(t), y * Math.sin(t) + z * Math.cos(t)};
            case "z" -> new double[] {x * Math.cos(t) - y * Math.sin(t), x * Math.sin(t) + y * Math.cos(t), z};
            default -> throw new IllegalArgumentException("axis " + axis);
        };
        return new double[] {r[0] + c[0], r[1] + c[1], r[2] + c[2]};
    }
}
