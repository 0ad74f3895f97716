package org.misibench.chemistry.idatm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass 4.5 of the IDATM typing (spec §1.11): finds aromatic rings among the rings of untemplated
 * atoms and types their atoms (Car, Oar, Sar, N2+, ring N as Npl or N2).
 *
 * <p>Candidate rings are accepted when they hold no saturated member or pass the HOMA bond-length
 * test. Each system of fused accepted rings then gets the assignment of single and double bonds
 * that fits every atom's valence and is best by, in order: most atoms in 4n+2 rings, fewest
 * positively charged atoms, smallest squared deviation of bond lengths from ideal single/double
 * lengths. Simplifications against ChimeraX's full enumeration, documented here: non-terminal
 * planar exocyclic neighbours count as single bonds, and the "ambiguous" fallbacks are not tried.
 */
final class AromaticRingPass {

    private static final Set<String> CANDIDATE_TYPES = Set.of(
            "C2", "Npl", "Sar", "O3", "S3", "N3", "Oar", "Oar+", "P", "Car", "N2", "N2+");
    private static final Set<String> SATURATED = Set.of("O3", "S3", "N3", "C3");
    private static final int MAX_ASSIGNMENTS = 200_000;

    private final TypingState s;

    AromaticRingPass(TypingState state) {
        this.s = state;
    }

    void run() {
        List<int[]> accepted = new ArrayList<>();
        for (int[] ring : s.rings.all()) {
            if (isCandidate(ring) && (noSaturatedMember(ring) || homaAccepts(ring))) {
                accepted.add(ring);
            }
        }
        for (List<int[]> system : systems(accepted)) {
            typeSystem(system);
        }
    }

    private boolean isCandidate(int[] ring) {
        int oxygens = 0;
        for (int a : ring) {
            if (!s.free[a] || s.bonds(a) > 3) {
                return false;
            }
            String t = s.type[a];
            if (!CANDIDATE_TYPES.contains(t) && !(t.equals("C3") && s.bonds(a) == 2)) {
                return false;
            }
            oxygens += s.is(a, "O") ? 1 : 0;
        }
        return !(ring.length == 5 && oxygens >= 2 && oxygens <= 4);
    }

    private boolean noSaturatedMember(int[] ring) {
        for (int a : ring) {
            if (SATURATED.contains(s.type[a])) {
                return false;
            }
        }
        return true;
    }

    private boolean homaAccepts(int[] ring) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < ring.length; i++) {
            int a = ring[i];
            int b = ring[(i + 1) % ring.length];
            double ideal = idealAromatic(s.el(a), s.el(b));
            if (ideal > 0) {
                double delta = s.dist(a, b) - ideal;
                sum += delta * delta;
                n++;
            }
        }
        if (n == 0) {
            return false;
        }
        double homa = 1 - 792 * (sum / n);
        return homa >= 0.5 || n * homa >= -35;
    }

    private static double idealAromatic(String a, String b) {
        String pair = a.compareTo(b) <= 0 ? a + b : b + a;
        return switch (pair) {
            case "CC" -> 1.38586;
            case "CN" -> 1.34148;
            case "CO" -> 1.265;
            default -> -1;
        };
    }

    /** Accepted rings sharing a bond form one system. */
    private List<List<int[]>> systems(List<int[]> rings) {
        List<List<int[]>> systems = new ArrayList<>();
        boolean[] used = new boolean[rings.size()];
        for (int i = 0; i < rings.size(); i++) {
            if (used[i]) {
                continue;
            }
            List<int[]> system = new ArrayList<>();
            List<Integer> queue = new ArrayList<>(List.of(i));
            used[i] = true;
            while (!queue.isEmpty()) {
                int r = queue.remove(0);
                system.add(rings.get(r));
                for (int j = 0; j < rings.size(); j++) {
                    if (!used[j] && shareBond(rings.get(r), rings.get(j))) {
                        used[j] = true;
                        queue.add(j);
                    }
                }
            }
            systems.add(system);
        }
        return systems;
    }

    private static boolean shareBond(int[] a, int[] b) {
        Set<Long> bonds = new java.util.HashSet<>();
        for (int i = 0; i < a.length; i++) {
            bonds.add(key(a[i], a[(i + 1) % a.length]));
        }
        for (int i = 0; i < b.length; i++) {
            if (bonds.contains(key(b[i], b[(i + 1) % b.length]))) {
                return true;
            }
        }
        return false;
    }

    private static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private void typeSystem(List<int[]> rings) {
        Set<Integer> atoms = new LinkedHashSet<>();
        Set<Long> bondKeys = new LinkedHashSet<>();
        for (int[] ring : rings) {
            for (int i = 0; i < ring.length; i++) {
                atoms.add(ring[i]);
                bondKeys.add(key(ring[i], ring[(i + 1) % ring.length]));
            }
        }
        if (atoms.size() > 50) {
            for (int a : atoms) {
                if (s.is(a, "C")) {
                    s.type[a] = "Car";
                } else if (s.is(a, "O")) {
                    s.type[a] = "Oar";
                }
            }
            return;
        }
        List<long[]> bonds = new ArrayList<>();
        for (long k : bondKeys) {
            bonds.add(new long[] {k >>> 32, k & 0xFFFFFFFFL});
        }
        Map<Integer, Integer> exocyclicDoubles = new HashMap<>();
        for (int a : atoms) {
            exocyclicDoubles.put(a, exocyclicDouble(a, atoms) ? 1 : 0);
        }
        Assignment best = search(atoms, bonds, exocyclicDoubles, rings);
        if (best == null) {
            return; // ChimeraX logs a warning and leaves the ring as typed
        }
        apply(best, atoms, bonds, rings);
    }

    /** An exocyclic double bond to a terminal planar atom (C=O, C=S, C=N on a ring atom). */
    private boolean exocyclicDouble(int a, Set<Integer> system) {
        for (int x : s.nb(a)) {
            if (system.contains(x)) {
                continue;
            }
            if (s.terminal(x) && s.planar(x) && !(s.is(a, "N") && s.is(x, "O"))) {
                return true;
            }
        }
        return false;
    }

    /** Ring bond orders (1 or 2, per bond index) and how they score. */
    private record Assignment(int[] orders, int aromaticAtoms, int positive, double lengthError) {

        boolean betterThan(Assignment o) {
            if (o == null) {
                return true;
            }
            if (aromaticAtoms != o.aromaticAtoms) {
                return aromaticAtoms > o.aromaticAtoms;
            }
            if (positive != o.positive) {
                return positive < o.positive;
            }
            return lengthError < o.lengthError - 1e-12;
        }
    }

    private Assignment search(Set<Integer> atoms, List<long[]> bonds, Map<Integer, Integer> exo, List<int[]> rings) {
        int[] orders = new int[bonds.size()];
        Map<Integer, Integer> doubles = new HashMap<>();
        for (int a : atoms) {
            doubles.put(a, exo.get(a));
        }
        Assignment[] best = {null};
        int[] visited = {0};
        enumerate(0, orders, doubles, atoms, bonds, rings, best, visited);
        return best[0];
    }

    private void enumerate(int index, int[] orders, Map<Integer, Integer> doubles, Set<Integer> atoms,
                           List<long[]> bonds, List<int[]> rings, Assignment[] best, int[] visited) {
        if (visited[0]++ > MAX_ASSIGNMENTS) {
            return;
        }
        if (index == bonds.size()) {
            for (int a : atoms) {
                if (!allowed(a, doubles.get(a), true)) {
                    return;
                }
            }
            Assignment candidate = score(orders, doubles, bonds, rings);
            if (candidate.betterThan(best[0])) {
                best[0] = new Assignment(orders.clone(), candidate.aromaticAtoms, candidate.positive, candidate.lengthError);
            }
            return;
        }
        int a = (int) bonds.get(index)[0];
        int b = (int) bonds.get(index)[1];
        for (int order = 1; order <= 2; order++) {
            orders[index] = order;
            if (order == 2) {
                doubles.merge(a, 1, Integer::sum);
                doubles.merge(b, 1, Integer::sum);
            }
            if (allowed(a, doubles.get(a), false) && allowed(b, doubles.get(b), false)) {
                enumerate(index + 1, orders, doubles, atoms, bonds, rings, best, visited);
            }
            if (order == 2) {
                doubles.merge(a, -1, Integer::sum);
                doubles.merge(b, -1, Integer::sum);
            }
        }
    }

    /** How many double bonds a ring atom may have (complete: exactly; partial: at most). */
    private boolean allowed(int a, int doubleBonds, boolean complete) {
        int min;
        int max;
        switch (s.el(a)) {
            case "C" -> {
                max = 1;
                // a 2-neighbour C typed C3 may be a CH2 (no double bond); every other ring C has one
                min = s.type[a].equals("C3") ? 0 : 1;
            }
            case "N", "O", "S", "P" -> {
                min = 0;
                max = s.is(a, "N") || s.is(a, "P") ? (s.bonds(a) >= 3 ? 1 : 1) : 1;
            }
            default -> {
                min = 0;
                max = 0;
            }
        }
        return doubleBonds <= max && (!complete || doubleBonds >= min);
    }

    private Assignment score(int[] orders, Map<Integer, Integer> doubles, List<long[]> bonds, List<int[]> rings) {
        Map<Long, Integer> orderOf = new HashMap<>();
        for (int i = 0; i < bonds.size(); i++) {
            orderOf.put(key((int) bonds.get(i)[0], (int) bonds.get(i)[1]), orders[i]);
        }
        Set<Integer> aromatic = new java.util.HashSet<>();
        for (int[] ring : rings) {
            if (isAromatic(ring, orderOf, doubles)) {
                for (int a : ring) {
                    aromatic.add(a);
                }
            }
        }
        int positive = 0;
        for (var e : doubles.entrySet()) {
            int a = e.getKey();
            int ringDoubles = e.getValue();
            if (ringDoubles > 0 && ((s.is(a, "N") && s.bonds(a) >= 3) || s.is(a, "O"))) {
                positive++;
            }
        }
        double error = 0;
        for (int i = 0; i < bonds.size(); i++) {
            int a = (int) bonds.get(i)[0];
            int b = (int) bonds.get(i)[1];
            double delta = s.dist(a, b) - idealLength(s.el(a), s.el(b), orders[i]);
            error += orders[i] * delta * delta;
        }
        return new Assignment(orders, aromatic.size(), positive, error / bonds.size());
    }

    /** 4n+2 π electrons: 1 per atom with a double bond in the system, 2 per lone-pair atom. */
    private boolean isAromatic(int[] ring, Map<Long, Integer> orderOf, Map<Integer, Integer> doubles) {
        int electrons = 0;
        for (int i = 0; i < ring.length; i++) {
            int a = ring[i];
            boolean systemDouble = false;
            for (int x : s.nb(a)) {
                Integer o = orderOf.get(key(a, x));
                systemDouble |= o != null && o == 2;
            }
            if (systemDouble) {
                electrons += 1;
            } else if (doubles.get(a) > 0) {
                electrons += 0; // exocyclic double bond (C=O): no electrons to the ring
            } else if (s.is(a, "N") || s.is(a, "O") || s.is(a, "S") || s.is(a, "P")) {
                electrons += 2;
            } else {
                return false; // a saturated carbon breaks the ring's conjugation
            }
        }
        return electrons >= 2 && (electrons - 2) % 4 == 0;
    }

    private static double idealLength(String a, String b, int order) {
        String pair = a.compareTo(b) <= 0 ? a + b : b + a;
        double[] lengths = switch (pair) {
            case "CC" -> new double[] {1.54, 1.34};
            case "CN" -> new double[] {1.47, 1.28};
            case "CO" -> new double[] {1.43, 1.21};
            case "CS" -> new double[] {1.82, 1.61};
            case "NN" -> new double[] {1.45, 1.25};
            case "NO" -> new double[] {1.40, 1.21};
            default -> new double[] {1.50, 1.30};
        };
        return lengths[order - 1];
    }

    private void apply(Assignment best, Set<Integer> atoms, List<long[]> bonds, List<int[]> rings) {
        Map<Long, Integer> orderOf = new HashMap<>();
        Map<Integer, Integer> ringDoubles = new HashMap<>();
        for (int i = 0; i < bonds.size(); i++) {
            int a = (int) bonds.get(i)[0];
            int b = (int) bonds.get(i)[1];
            orderOf.put(key(a, b), best.orders()[i]);
            if (best.orders()[i] == 2) {
                ringDoubles.merge(a, 1, Integer::sum);
                ringDoubles.merge(b, 1, Integer::sum);
            }
        }
        Map<Integer, Integer> doubles = new HashMap<>();
        for (int a : atoms) {
            doubles.put(a, ringDoubles.getOrDefault(a, 0) + (exocyclicDouble(a, atoms) ? 1 : 0));
        }
        for (int[] ring : rings) {
            if (!isAromatic(ring, orderOf, doubles)) {
                continue;
            }
            for (int a : ring) {
                s.inAromaticRing[a] = true;
                s.setByRingPass[a] = true;
                int d = ringDoubles.getOrDefault(a, 0);
                switch (s.el(a)) {
                    case "C" -> s.type[a] = "Car";
                    case "O" -> s.type[a] = d > 0 ? "Oar+" : "Oar";
                    case "S" -> s.type[a] = "Sar";
                    case "N" -> {
                        if (s.bonds(a) >= 3 && d > 0) {
                            s.type[a] = "N2+";
                            for (int x : s.nb(a)) {
                                if (s.is(x, "O") && s.terminal(x) && s.free[x]) {
                                    s.type[x] = "O3-";
                                }
                            }
                        }
                    }
                    default -> { }
                }
            }
        }
        // two-bond ring nitrogens of accepted rings, aromatic or not
        for (int a : atoms) {
            if (!s.is(a, "N") || s.bonds(a) != 2) {
                continue;
            }
            int d = ringDoubles.getOrDefault(a, 0);
            s.setByRingPass[a] = true;
            if (d == 0) {
                s.type[a] = "Npl";
            } else {
                boolean doubleToCar = false;
                boolean singleToC2 = false;
                for (int x : s.nb(a)) {
                    Integer o = orderOf.get(key(a, x));
                    doubleToCar |= o != null && o == 2 && s.type[x].equals("Car");
                    singleToC2 |= o != null && o == 1 && s.type[x].equals("C2");
                }
                s.type[a] = doubleToCar && singleToC2 ? "Npl" : "N2";
            }
        }
    }
}
