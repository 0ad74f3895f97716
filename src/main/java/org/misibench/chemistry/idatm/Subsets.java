package org.misibench.chemistry.idatm;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The non-empty subsets of a list, smallest first and, within one size, in lexicographic order of
 * positions ({a}, {b}, {c}, {a,b}, {a,c}, {b,c}, {a,b,c}): the order in which the ring pass's
 * fallbacks try changes, so that the fewest changes that work are found first. Generated lazily.
 */
final class Subsets {

    private Subsets() {
    }

    static <T> Iterable<List<T>> bySize(List<T> items) {
        return () -> new Iterator<>() {
            private int[] positions = items.isEmpty() ? null : new int[] {0};

            @Override
            public boolean hasNext() {
                return positions != null;
            }

            @Override
            public List<T> next() {
                if (positions == null) {
                    throw new NoSuchElementException();
                }
                List<T> subset = new ArrayList<>(positions.length);
                for (int p : positions) {
                    subset.add(items.get(p));
                }
                positions = successor(positions, items.size());
                return subset;
            }
        };
    }

    /** The next combination of the same size, or the first of the next size, or null after the last. */
    private static int[] successor(int[] positions, int n) {
        int k = positions.length;
        int[] next = positions.clone();
        for (int i = k - 1; i >= 0; i--) {
            if (next[i] < n - k + i) {
                next[i]++;
                for (int j = i + 1; j < k; j++) {
                    next[j] = next[j - 1] + 1;
                }
                return next;
            }
        }
        if (k == n) {
            return null;
        }
        int[] larger = new int[k + 1];
        for (int j = 0; j <= k; j++) {
            larger[j] = j;
        }
        return larger;
    }
}
