package org.misibench.chemistry.idatm;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.misibench.chemistry.Molecule;
import org.misibench.chemistry.Rings;
import org.misibench.structure.ResidueId;

/**
 * Assigns IDATM types to every atom of a molecule as ChimeraX does (spec §1.11): standard
 * residues from templates, everything else (ligands, cofactors, atoms a template lacks) by the
 * geometric passes.
 *
 * <pre>{@code
 * AtomTypes types = IdatmTyper.type(Connectivity.fromPdb(pocket));
 * types.of(i);  // "Npl", "O2-", "Car" …
 * }</pre>
 */
public final class IdatmTyper {

    private IdatmTyper() {
    }

    public static AtomTypes type(Molecule m) {
        Rings rings = Rings.of(m);
        TypingState state = new TypingState(m, rings);
        applyTemplates(state);
        new GeometricTyper(state).run();
        return new AtomTypes(state.type, rings);
    }

    private static void applyTemplates(TypingState s) {
        Map<ResidueId, List<Integer>> residues = new java.util.LinkedHashMap<>();
        for (int i = 0; i < s.m.size(); i++) {
            residues.computeIfAbsent(s.atom(i).residue(), r -> new java.util.ArrayList<>()).add(i);
        }
        for (var e : residues.entrySet()) {
            ResidueId residue = e.getKey();
            List<Integer> atoms = e.getValue();
            Set<String> names = new HashSet<>();
            for (int i : atoms) {
                names.add(s.atom(i).name());
            }
            boolean templated = TemplateTypes.hasTemplate(residue.name(), names) && !bondedIntoOtherResidues(s, atoms);
            for (int i : atoms) {
                s.free[i] = true;
                if (!templated) {
                    continue;
                }
                if (s.isH(i)) {
                    continue; // hydrogens: pass 1 gives HC on carbon, H elsewhere, as the template would
                }
                Optional<String> t = TemplateTypes.type(residue.name(), s.atom(i).name(),
                        s.atom(i).name().equals("N") && !bondedToOtherResidue(s, i), names.contains("OXT"), names);
                if (t.isPresent()) {
                    s.type[i] = t.get();
                    s.free[i] = false;
                }
            }
        }
    }

    /** A residue bonded into another residue through an atom other than N, CA, C (disulfides allowed) is not templated. */
    private static boolean bondedIntoOtherResidues(TypingState s, List<Integer> atoms) {
        for (int i : atoms) {
            String name = s.atom(i).name();
            if (name.equals("N") || name.equals("CA") || name.equals("C")) {
                continue;
            }
            for (int j : s.nb(i)) {
                if (!s.atom(j).residue().equals(s.atom(i).residue())
                        && !(name.equals("SG") && s.atom(j).name().equals("SG"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean bondedToOtherResidue(TypingState s, int i) {
        for (int j : s.nb(i)) {
            if (!s.atom(j).residue().equals(s.atom(i).residue())) {
                return true;
            }
        }
        return false;
    }
}
