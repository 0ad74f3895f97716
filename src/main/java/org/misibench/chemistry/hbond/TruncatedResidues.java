package org.misibench.chemistry.hbond;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.misibench.chemistry.Molecule;
import org.misibench.chemistry.ResidueTemplates;
import org.misibench.structure.ResidueId;

/**
 * Marks atoms of incompletely resolved standard residues (spec §1.4 "Truncated residues"): an atom
 * whose residue has a template but which has fewer bonded heavy atoms within its residue than the
 * template atom has. ChimeraX skips such atoms as donors and acceptors, since their chemistry
 * (and so their class) cannot be trusted; residues without a template (ligands) are never marked.
 */
final class TruncatedResidues {

    private TruncatedResidues() {
    }

    static boolean[] flags(Molecule m) {
        boolean[] out = new boolean[m.size()];
        Map<ResidueId, Set<String>> names = new HashMap<>();
        for (int i = 0; i < m.size(); i++) {
            names.computeIfAbsent(m.atom(i).residue(), r -> new HashSet<>()).add(m.atom(i).name());
        }
        for (int i = 0; i < m.size(); i++) {
            if (m.atom(i).isHydrogen()) {
                continue;
            }
            ResidueId residue = m.atom(i).residue();
            Optional<List<String[]>> template = ResidueTemplates.bonds(residue.name(), names.get(residue));
            if (template.isEmpty()) {
                continue;
            }
            String name = m.atom(i).name();
            int expected = 0;
            for (String[] bond : template.get()) {
                boolean touches = bond[0].equals(name) || bond[1].equals(name);
                boolean terminalOxygen = bond[0].equals("OXT") || bond[1].equals("OXT");
                if (touches && !terminalOxygen) {
                    expected++;
                }
            }
            int actual = 0;
            for (int n : m.neighbours(i)) {
                if (!m.atom(n).isHydrogen() && m.atom(n).residue().equals(residue)) {
                    actual++;
                }
            }
            out[i] = actual < expected;
        }
        return out;
    }
}
