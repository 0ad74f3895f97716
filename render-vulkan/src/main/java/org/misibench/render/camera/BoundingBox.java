package org.misibench.render.camera;

/** An axis-aligned box in scene coordinates (Å). */
public record BoundingBox(double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {

    public BoundingBox {
        if (minX > maxX || minY > maxY || minZ > maxZ) {
            throw new IllegalArgumentException("empty box: min must not exceed max");
        }
    }

    /** The smallest box holding spheres at {@code xyz} (x, y, z triples) with the given radii. */
    public static BoundingBox ofSpheres(double[] xyz, double[] radii) {
        if (xyz.length == 0 || xyz.length != 3 * radii.length) {
            throw new IllegalArgumentException("need 3 coordinates per radius and at least one sphere");
        }
        double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < radii.length; i++) {
            for (int k = 0; k < 3; k++) {
                min[k] = Math.min(min[k], xyz[3 * i + k] - radii[i]);
                max[k] = Math.max(max[k], xyz[3 * i + k] + radii[i]);
            }
        }
        return new BoundingBox(min[0], min[1], min[2], max[0], max[1], max[2]);
    }

    public double[] centre() {
        return new double[] {(minX + maxX) / 2, (minY + maxY) / 2, (minZ + maxZ) / 2};
    }

    /** The eight corners as {x, y, z} triples. */
    double[][] corners() {
        double[][] c = new double[8][];
        for (int i = 0; i < 8; i++) {
            c[i] = new double[] {(i & 1) == 0 ? minX : maxX, (i & 2) == 0 ? minY : maxY, (i & 4) == 0 ? minZ : maxZ};
        }
        return c;
    }
}
