package org.misibench.render.scene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.misibench.render.camera.BoundingBox;

/**
 * An immutable scene: spheres, cylinders with a colour per half, and labels, in scene coordinates
 * (Å). Stored as flat arrays (structure of arrays) because renderers upload them as instance data
 * and a pocket has thousands of atoms. Build one with {@link #builder()}.
 */
public final class Scene {

    private final double[] sphereCentres;
    private final double[] sphereRadii;
    private final int[] sphereColours;
    private final double[] cylinderEnds;
    private final double[] cylinderRadii;
    private final int[] cylinderColoursA;
    private final int[] cylinderColoursB;
    private final List<Label> labels;

    private Scene(Builder b) {
        this.sphereCentres = b.sphereCentres.toArray();
        this.sphereRadii = b.sphereRadii.toArray();
        this.sphereColours = b.sphereColours.toArray();
        this.cylinderEnds = b.cylinderEnds.toArray();
        this.cylinderRadii = b.cylinderRadii.toArray();
        this.cylinderColoursA = b.cylinderColoursA.toArray();
        this.cylinderColoursB = b.cylinderColoursB.toArray();
        this.labels = List.copyOf(b.labels);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int sphereCount() {
        return sphereRadii.length;
    }

    public int cylinderCount() {
        return cylinderRadii.length;
    }

    /** Sphere centres as x, y, z triples (a copy). */
    public double[] sphereCentres() {
        return sphereCentres.clone();
    }

    public double[] sphereRadii() {
        return sphereRadii.clone();
    }

    /** Sphere colours as 0xRRGGBBAA. */
    public int[] sphereColours() {
        return sphereColours.clone();
    }

    /** Cylinder end points as x1, y1, z1, x2, y2, z2 sextuples (a copy). */
    public double[] cylinderEnds() {
        return cylinderEnds.clone();
    }

    public double[] cylinderRadii() {
        return cylinderRadii.clone();
    }

    /** Colour of each cylinder's first half (from its first end to its midpoint). */
    public int[] cylinderColoursA() {
        return cylinderColoursA.clone();
    }

    /** Colour of each cylinder's second half. */
    public int[] cylinderColoursB() {
        return cylinderColoursB.clone();
    }

    public List<Label> labels() {
        return labels;
    }

    /**
     * The box around every sphere and cylinder; labels are left out, as ChimeraX leaves them out
     * of the bounds it fits the view to.
     */
    public BoundingBox bounds() {
        int n = sphereRadii.length + 2 * cylinderRadii.length;
        if (n == 0) {
            throw new IllegalStateException("an empty scene has no bounds");
        }
        double[] xyz = Arrays.copyOf(sphereCentres, 3 * n);
        double[] radii = Arrays.copyOf(sphereRadii, n);
        System.arraycopy(cylinderEnds, 0, xyz, sphereCentres.length, cylinderEnds.length);
        for (int i = 0; i < cylinderRadii.length; i++) {
            radii[sphereRadii.length + 2 * i] = cylinderRadii[i];
            radii[sphereRadii.length + 2 * i + 1] = cylinderRadii[i];
        }
        return BoundingBox.ofSpheres(xyz, radii);
    }

    /** Collects primitives in drawing order; the order is part of a scene's identity (determinism). */
    public static final class Builder {
        private final DoubleList sphereCentres = new DoubleList();
        private final DoubleList sphereRadii = new DoubleList();
        private final IntList sphereColours = new IntList();
        private final DoubleList cylinderEnds = new DoubleList();
        private final DoubleList cylinderRadii = new DoubleList();
        private final IntList cylinderColoursA = new IntList();
        private final IntList cylinderColoursB = new IntList();
        private final List<Label> labels = new ArrayList<>();

        private Builder() {
        }

        public Builder sphere(double x, double y, double z, double radius, int rgba) {
            if (!(radius > 0)) {
                throw new IllegalArgumentException("sphere radius must be positive: " + radius);
            }
            sphereCentres.add(x).add(y).add(z);
            sphereRadii.add(radius);
            sphereColours.add(rgba);
            return this;
        }

        /** A cylinder from (x1, y1, z1) to (x2, y2, z2), coloured {@code rgbaA} up to its midpoint, then {@code rgbaB}. */
        public Builder cylinder(double x1, double y1, double z1, double x2, double y2, double z2, double radius,
                                int rgbaA, int rgbaB) {
            if (!(radius > 0)) {
                throw new IllegalArgumentException("cylinder radius must be positive: " + radius);
            }
            cylinderEnds.add(x1).add(y1).add(z1).add(x2).add(y2).add(z2);
            cylinderRadii.add(radius);
            cylinderColoursA.add(rgbaA);
            cylinderColoursB.add(rgbaB);
            return this;
        }

        public Builder label(Label label) {
            labels.add(label);
            return this;
        }

        public Scene build() {
            return new Scene(this);
        }
    }

    /** A growable double array (no boxing: a pocket has thousands of atoms). */
    private static final class DoubleList {
        private double[] values = new double[64];
        private int size;

        DoubleList add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
            return this;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        IntList add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
            return this;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
