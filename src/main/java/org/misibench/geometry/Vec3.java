package org.misibench.geometry;

/** A point or direction in 3D, in Å where it is a position. Immutable. */
public record Vec3(double x, double y, double z) {

    public static final Vec3 ZERO = new Vec3(0, 0, 0);

    public Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    public Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    public Vec3 times(double s) {
        return new Vec3(x * s, y * s, z * s);
    }

    public double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    public Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    public double length() {
        return Math.sqrt(dot(this));
    }

    public double distanceSquared(Vec3 o) {
        double dx = x - o.x;
        double dy = y - o.y;
        double dz = z - o.z;
        return dx * dx + dy * dy + dz * dz;
    }

    public double distance(Vec3 o) {
        return Math.sqrt(distanceSquared(o));
    }

    /** This direction scaled to length 1; the zero vector stays zero. */
    public Vec3 normalized() {
        double len = length();
        return len == 0 ? this : times(1 / len);
    }

    /** The angle at {@code vertex} between the rays to {@code a} and {@code b}, in degrees. */
    public static double angle(Vec3 a, Vec3 vertex, Vec3 b) {
        Vec3 u = a.minus(vertex);
        Vec3 v = b.minus(vertex);
        double denominator = u.length() * v.length();
        if (denominator == 0) {
            return 0;
        }
        double cos = Math.max(-1, Math.min(1, u.dot(v) / denominator));
        return Math.toDegrees(Math.acos(cos));
    }

    @Override
    public String toString() {
        return String.format("(%.3f, %.3f, %.3f)", x, y, z);
    }
}
