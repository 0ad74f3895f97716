package org.misibench.chemistry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The minimal rings of a molecule, within residues (spec §1.12: rings for typing and chemical
 * groups are minimal and intra-residue): for every bond, the smallest ring through it. For the
 * ring systems of ligands and side chains this is the usual smallest set of smallest rings,
 * fused systems as their component rings (naphthalene: two 6-rings, not the 10-ring).
 */
public final class Rings {

    private final List<int[]> rings;
    private final List<List<int[]>> ringsOfAtom;

    private Rings(List<int[]> rings, int atoms) {
        this.rings = List.copyOf(rings);
        this.ringsOfAtom = new ArrayList<>();
        for (int i = 0; i < atoms; i++) {
            ringsOfAtom.add(new ArrayList<>());
        }
        for (int[] ring : rings) {
            for (int a : ring) {
                ringsOfAtom.get(a).add(ring);
            }
        }
    }

    public static Rings of(Molecule m) {
        Map<String, int[]> unique = new LinkedHashMap<>();
        for (int[] bond : m.bonds()) {
            int u = bond[0];
            int v = bond[1];
            if (!m.atom(u).residue().equals(m.atom(v).residue())) {
                continue;
            }
            int[] ring = shortestCycle(m, u, v);
            if (ring != null) {
                int[] key = ring.clone();
                Arrays.sort(key);
                unique.putIfAbsent(Arrays.toString(key), ring);
            }
        }
        return new Rings(new ArrayList<>(unique.values()), m.size());
    }

    /** The shortest path u … v not using bond u–v, within u's residue, as a ring; null if none. */
    private static int[] shortestCycle(Molecule m, int u, int v) {
        int[] previous = new int[m.size()];
        Arrays.fill(previous, -1);
        previous[u] = u;
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(u);
        while (!queue.isEmpty()) {
            int a = queue.poll();
            for (int b : m.neighbours(a)) {
                if ((a == u && b == v) || previous[b] >= 0 || !m.atom(b).residue().equals(m.atom(u).residue())) {
                    continue;
                }
                previous[b] = a;
                if (b == v) {
                    List<Integer> path = new ArrayList<>();
                    for (int x = v; x != u; x = previous[x]) {
                        path.add(x);
                    }
                    path.add(u);
                    return path.stream().mapToInt(Integer::intValue).toArray();
                }
                queue.add(b);
            }
        }
        return null;
    }

    public List<int[]> all() {
        return rings;
    }

    /** The rings atom {@code i} is in. */
    public List<int[]> of(int atom) {
        return ringsOfAtom.get(atom);
    }

    public boolean inRing(int atom) {
        return !ringsOfAtom.get(atom).isEmpty();
    }

    /** True when atom {@code i} is in exactly one ring and that ring has {@code size} atoms. */
    public boolean inExactlyOneRingOfSize(int atom, int size) {
        List<int[]> r = ringsOfAtom.get(atom);
        return r.size() == 1 && r.get(0).length == size;
    }
}
