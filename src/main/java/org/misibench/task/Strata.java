package org.misibench.task;

import java.util.SplittableRandom;
import org.misibench.scoring.Task;

/**
 * Balanced draws across complexes. CLEVR keeps answers balanced by rejecting questions whose
 * answer is already over-represented; that needs one running histogram over the whole run, which
 * would make an item depend on which partition drew it first. Instead every drawn quantity walks a
 * seeded permutation of its range, and complex number {@code rank} (its position in the run's sorted
 * complexes of its split) continues where the previous complex stopped. Over any run each value then
 * occurs equally often (±1), the items of one complex never repeat a value, and an item depends only
 * on the input, the settings and the seed.
 */
final class Strata {

    private Strata() {
    }

    /**
     * Index into a range of {@code size} values for draw {@code k} (0-based) of the complex at
     * {@code rank}, which makes {@code perComplex} such draws from the stream named {@code stream}.
     */
    static int pick(int size, long seed, Task task, String stream, int rank, int perComplex, int k) {
        int[] permutation = permutation(size, seed ^ (31L * task.number() + stream.hashCode()) * 0x9E3779B97F4A7C15L);
        long position = (long) rank * perComplex + k;
        return permutation[(int) Math.floorMod(position, size)];
    }

    private static int[] permutation(int size, long seed) {
        int[] p = new int[size];
        for (int i = 0; i < size; i++) {
            p[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** The signed magnitudes ±1…±max without 0, in a fixed order: index → value. */
    static int signedNonZero(int index, int max) {
        int magnitude = index / 2 + 1;
        return index % 2 == 0 ? magnitude : -magnitude;
    }
}
