package org.misibench.chemistry.idatm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.misibench.chemistry.Molecule;
import org.misibench.chemistry.Rings;
import org.misibench.structure.ResidueId;

/**
 * Assigns IDATM types to every atom of a molecule as ChimeraX does (spec §1.11, with ChimeraX's
 * {@code AtomTypes.cpp} deciding where the two differ): standard residues from templates (pass 0.5),
 * everything else (ligands, cofactors, atoms a template lacks) by the geometric passes of
 * {@link GeometricTyper}.
 *
 * <pre>{@code
 * AtomTypes types = IdatmTyper.type(Connectivity.fromPdb(pocket));
 * types.of(i);  // "Npl", "O2-", "Car" …
 * }</pre>
 */
public final class IdatmTyper {

    private static final Set<String> DISULFIDE_RESIDUES = Set.of("CYS", "CYX");

    private IdatmTyper() {
    }

    public static AtomTypes type(Molecule m) {
        Rings rings = Rings.of(m);
        int n = m.size();
        String[] types = new String[n];
        for (int i = 0; i < n; i++) {
            types[i] = m.atom(i).element().symbol();
        }
        if (looksLikeNanotube(m)) {
            return new AtomTypes(types, rings); // ChimeraX skips typing: ring finding would take forever
        }
        boolean[] free = new boolean[n];
        boolean[] templatedResidue = new boolean[n];
        applyTemplates(m, types, free, templatedResidue);
        TypingState state = new TypingState(m, rings, free, templatedResidue, types);
        new GeometricTyper(state).run();
        return new AtomTypes(state.type, rings);
    }

    /** Diamond- or nanotube-like bonding (many more bonds than atoms): ChimeraX leaves every type as the element. */
    private static boolean looksLikeNanotube(Molecule m) {
        int bonds = m.bonds().size();
        return bonds - m.size() > 100 && bonds / (float) m.size() > 1.25f;
    }

    /** Pass 0.5: residues with a template take its types; atoms the template lacks stay free. */
    private static void applyTemplates(Molecule m, String[] types, boolean[] free, boolean[] templatedResidue) {
        Map<ResidueId, List<Integer>> residues = new LinkedHashMap<>();
        for (int i = 0; i < m.size(); i++) {
            residues.computeIfAbsent(m.atom(i).residue(), r -> new ArrayList<>()).add(i);
        }
        for (var e : residues.entrySet()) {
            ResidueId residue = e.getKey();
            List<Integer> atoms = e.getValue();
            Set<String> names = new HashSet<>();
            for (int i : atoms) {
                names.add(m.atom(i).name());
            }
            boolean templated = TemplateTypes.hasTemplate(residue.name(), names)
                    && !(isPolymerResidue(m, atoms) && bondedIntoOtherResidues(m, atoms));
            for (int i : atoms) {
                free[i] = true;
                templatedResidue[i] = templated;
                if (!templated || m.atom(i).isHydrogen()) {
                    continue; // hydrogens: pass 1 gives HC on carbon, H elsewhere, as the template would
                }
                Optional<String> t = TemplateTypes.type(residue.name(), m.atom(i).name(),
                        m.atom(i).name().equals("N") && !bondedToOtherResidue(m, i), names.contains("OXT"), names);
                if (t.isPresent()) {
                    types[i] = t.get();
                    free[i] = false;
                }
            }
        }
    }

    /**
     * ChimeraX checks cross-residue bonds only for polymer residues. We have no chain records here, so a residue
     * counts as polymer when it comes from ATOM records or is peptide-linked to a neighbour through N or C.
     */
    private static boolean isPolymerResidue(Molecule m, List<Integer> atoms) {
        for (int i : atoms) {
            String name = m.atom(i).name();
            if (!m.atom(i).hetero() || ((name.equals("N") || name.equals("C")) && bondedToOtherResidue(m, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A residue bonded into another residue through an atom other than N, CA, C is not templated, except for a
     * disulfide: SG–SG between two residues both named CYS or CYX.
     */
    private static boolean bondedIntoOtherResidues(Molecule m, List<Integer> atoms) {
        for (int i : atoms) {
            String name = m.atom(i).name();
            if (name.equals("N") || name.equals("CA") || name.equals("C")) {
                continue;
            }
            for (int j : m.neighbours(i)) {
                if (m.atom(j).residue().equals(m.atom(i).residue())) {
                    continue;
                }
                boolean disulfide = name.equals("SG") && m.atom(j).name().equals("SG")
                        && DISULFIDE_RESIDUES.contains(m.atom(i).residue().name())
                        && DISULFIDE_RESIDUES.contains(m.atom(j).residue().name());
                if (!disulfide) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean bondedToOtherResidue(Molecule m, int i) {
        for (int j : m.neighbours(i)) {
            if (!m.atom(j).residue().equals(m.atom(i).residue())) {
                return true;
            }
        }
        return false;
    }
}
