package org.misibench.chemistry.idatm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pass 4.5 of the IDATM typing (a ChimeraX addition to Meng &amp; Lewis): bond orders in rings and
 * aromatic types. Only rings of residues without a template take part.
 *
 * <ol>
 *   <li>Carbons of 3-membered rings become C3; these rings are not considered further.</li>
 *   <li>A ring is a candidate when every atom has at most 3 neighbours and a type that can be
 *       planar (or is a 2-neighbour C3); 5-rings with 2–4 O are dropped. A candidate with a
 *       saturated-looking member (O3, S3, N3, C3) must also pass a HOMA bond-length test.</li>
 *   <li>Candidates sharing bonds form ring systems. For each system the exocyclic bonds are
 *       labelled ({@link ExocyclicBondLabels}), all consistent bond-order assignments are found
 *       ({@link AssignmentSearch}), the best is chosen ({@link BestAssignment}), and each ring is
 *       tested and typed ({@link RingAromaticity}).</li>
 * </ol>
 * Systems of more than 50 atoms are not enumerated: their C become Car and their O Oar.
 */
final class AromaticRingPass {

    private static final System.Logger LOG = System.getLogger(AromaticRingPass.class.getName());
    private static final Set<String> CANDIDATE_TYPES = Set.of(
            "C2", "Npl", "Sar", "O3", "S3", "N3", "Oar", "Oar+", "P", "Car", "N2", "N2+");
    private static final Set<String> SATURATED = Set.of("O3", "S3", "N3", "C3");
    private static final int LARGEST_ENUMERATED_SYSTEM = 50;

    private final TypingState s;

    AromaticRingPass(TypingState state) {
        this.s = state;
    }

    void run() {
        List<int[]> rings = s.typingRings();
        for (int[] ring : rings) {
            if (ring.length == 3) {
                for (int a : ring) {
                    if (s.is(a, "C")) {
                        s.type[a] = "C3";
                    }
                }
            }
        }
        List<int[]> accepted = new ArrayList<>();
        for (int[] ring : rings) {
            if (ring.length != 3 && isCandidate(ring) && (noSaturatedMember(ring) || homaAccepts(ring))) {
                accepted.add(ring);
            }
        }
        for (RingSystem system : systems(accepted)) {
            typeSystem(system);
        }
    }

    private boolean isCandidate(int[] ring) {
        int oxygens = 0;
        for (int a : ring) {
            if (s.bonds(a) > 3) {
                return false;
            }
            String t = s.type[a];
            if (!CANDIDATE_TYPES.contains(t) && !(t.equals("C3") && s.bonds(a) == 2)) {
                return false;
            }
            oxygens += s.is(a, "O") ? 1 : 0;
        }
        return !(ring.length == 5 && oxygens > 1 && oxygens < 5);
    }

    private boolean noSaturatedMember(int[] ring) {
        for (int a : ring) {
            if (SATURATED.contains(s.type[a])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The HOMA aromaticity index from the ring's C–C and C–N bond lengths (other bonds are not counted):
     * accepted at HOMA ≥ 0.5, rejected when (counted bonds × HOMA) &lt; −35, accepted in between.
     */
    private boolean homaAccepts(int[] ring) {
        double sum = 0;
        int n = 0;
        for (AtomPair b : RingSystem.ringBonds(ring)) {
            String pair = s.el(b.low()).compareTo(s.el(b.high())) <= 0
                    ? s.el(b.low()) + s.el(b.high()) : s.el(b.high()) + s.el(b.low());
            double ideal = switch (pair) {
                case "CC" -> 1.38586;
                case "CN" -> 1.34148;
                default -> -1;
            };
            if (ideal > 0) {
                double delta = s.dist(b.low(), b.high()) - ideal;
                sum += delta * delta;
                n++;
            }
        }
        if (n == 0) {
            return false;
        }
        double homa = 1 - 792 * sum / n;
        return homa >= 0.5 || n * homa >= -35;
    }

    /** Accepted rings that share a bond, directly or through other accepted rings, form one system. */
    private List<RingSystem> systems(List<int[]> rings) {
        List<RingSystem> systems = new ArrayList<>();
        boolean[] used = new boolean[rings.size()];
        for (int i = 0; i < rings.size(); i++) {
            if (used[i]) {
                continue;
            }
            List<int[]> members = new ArrayList<>();
            List<Integer> queue = new ArrayList<>(List.of(i));
            used[i] = true;
            while (!queue.isEmpty()) {
                int r = queue.remove(0);
                members.add(rings.get(r));
                for (int j = 0; j < rings.size(); j++) {
                    if (!used[j] && shareBond(rings.get(r), rings.get(j))) {
                        used[j] = true;
                        queue.add(j);
                    }
                }
            }
            systems.add(new RingSystem(s.m, members));
        }
        return systems;
    }

    private static boolean shareBond(int[] a, int[] b) {
        List<AtomPair> bonds = RingSystem.ringBonds(a);
        for (AtomPair bond : RingSystem.ringBonds(b)) {
            if (bonds.contains(bond)) {
                return true;
            }
        }
        return false;
    }

    private void typeSystem(RingSystem system) {
        if (system.atoms.size() > LARGEST_ENUMERATED_SYSTEM) {
            for (int a : system.atoms) {
                if (s.is(a, "C")) {
                    s.type[a] = "Car";
                } else if (s.is(a, "O")) {
                    s.type[a] = "Oar";
                }
            }
            return;
        }
        ExocyclicBondLabels labels = ExocyclicBondLabels.of(s, system);
        AssignmentSearch search = new AssignmentSearch(s, system, labels);
        search.run();
        if (search.assignments.isEmpty()) {
            int a = system.atoms.get(0);
            LOG.log(System.Logger.Level.WARNING, "Cannot find consistent set of bond orders for ring system containing atom "
                    + s.atom(a).name() + " in residue " + s.atom(a).residue());
            return;
        }
        int best = BestAssignment.choose(s, system, search.assignments);
        search.applyInversion(best);
        RingAromaticity aromaticity = new RingAromaticity(s, system, labels, search.assignments,
                search.assignments.get(best));
        for (int[] ring : system.rings) {
            aromaticity.type(ring);
        }
    }
}
