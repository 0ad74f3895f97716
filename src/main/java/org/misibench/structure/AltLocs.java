package org.misibench.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one alternate location per atom: the highest occupancy, the first listed on a tie. Atoms
 * without an alternate-location indicator are always kept. Shared by the PDB and mmCIF readers.
 */
final class AltLocs {

    private AltLocs() {
    }

    /** Indices (ascending) of the atoms to keep. */
    static List<Integer> keepOne(List<Atom> atoms) {
        Map<String, Integer> best = new LinkedHashMap<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < atoms.size(); i++) {
            Atom a = atoms.get(i);
            if (a.altLoc() == ' ') {
                kept.add(i);
                continue;
            }
            String key = a.residue().chain() + "|" + a.residue().number() + "|" + a.residue().insertionCode() + "|" + a.name();
            Integer current = best.get(key);
            if (current == null) {
                best.put(key, i);
                kept.add(i);
            } else if (a.occupancy() > atoms.get(current).occupancy()) {
                kept.set(kept.indexOf(current), i);
                best.put(key, i);
            }
        }
        kept.sort(null);
        return kept;
    }
}
