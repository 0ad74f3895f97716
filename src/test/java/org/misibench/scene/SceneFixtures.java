package org.misibench.scene;

import java.util.HashMap;
import java.util.Map;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.PreparedComplex;
import org.misibench.geometry.Vec3;
import org.misibench.render.scene.Scene;
import org.misibench.source.BundledSample;
import org.misibench.source.SourceException;
import org.misibench.structure.Atom;

/** Bundled complexes prepared once per test run, and look-ups of a scene's spheres by position. */
final class SceneFixtures {

    private static final Map<String, PreparedComplex> PREPARED = new HashMap<>();

    private SceneFixtures() {
    }

    static synchronized PreparedComplex prepared(String id) {
        return PREPARED.computeIfAbsent(id, k -> {
            try {
                return ComplexPreparer.prepare(BundledSample.complex(k));
            } catch (SourceException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Heavy and not water: what the spec says is drawn, written out here from the atom's own fields. */
    static boolean drawn(Atom a) {
        String residue = a.residue().name();
        boolean water = residue.equals("HOH") || residue.equals("WAT") || residue.equals("DOD") || residue.equals("H2O")
                || residue.equals("SOL");
        return a.element().atomicNumber() != 1 && !water;
    }

    /** The index of the sphere centred exactly at {@code p}, or −1. */
    static int sphereAt(Scene scene, Vec3 p) {
        double[] c = scene.sphereCentres();
        for (int i = 0; i < scene.sphereCount(); i++) {
            if (c[3 * i] == p.x() && c[3 * i + 1] == p.y() && c[3 * i + 2] == p.z()) {
                return i;
            }
        }
        return -1;
    }

    static int colourAt(Scene scene, Atom atom) {
        int i = sphereAt(scene, atom.position());
        if (i < 0) {
            throw new AssertionError("no sphere at " + atom);
        }
        return scene.sphereColours()[i];
    }
}
