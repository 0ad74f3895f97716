package org.misibench.complex;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.misibench.structure.Atom;
import org.misibench.structure.ResidueId;
import org.misibench.structure.Structure;

/**
 * Chooses the ligand of a whole PDB entry: the hetero group named by a {@link LigandRef}, or
 * automatically the largest one (most heavy atoms) that is not water, an ion, a common
 * crystallisation additive or a modified amino acid. Common cofactors (SAH, NAD, FAD, HEM …) are
 * chosen only when nothing else is left, so the drug beside a cofactor is the ligand of interest
 * (2efj: the 13-atom 37T, not the 26-atom SAH); on equal size the group listed first wins.
 */
final class LigandSelector {

    /** Buffers, cryoprotectants, precipitants and counter-ions seen in crystal structures. */
    static final Set<String> ADDITIVES = Set.of(
            "GOL", "EDO", "PEG", "PGE", "PG4", "1PE", "P6G", "MPD", "DMS", "DMSO", "ACT", "ACY", "FMT", "TRS", "EPE",
            "MES", "BME", "IMD", "CIT", "TAR", "SO4", "PO4", "NO3", "SCN", "IOD", "BR", "CL", "NA", "K", "MG", "CA",
            "ZN", "MN", "FE", "FE2", "CO", "NI", "CU", "CD", "HG", "SR", "BA", "CS", "LI", "AZI", "IPA", "EOH", "MOH",
            "BU3", "PGO", "PGR", "GLC", "FRU", "SUC", "MLI", "MLA", "OXY", "UNX", "UNL");

    /** Cofactors: the ligand only when the entry has no other candidate. */
    static final Set<String> COFACTORS = Set.of(
            "SAH", "SAM", "NAD", "NAP", "NDP", "NAI", "FAD", "FMN", "HEM", "HEC", "ATP", "ADP", "AMP", "ANP", "GTP",
            "GDP", "COA", "PLP", "TPP", "BTN");

    /** Hetero residues that are part of the polymer, not ligands. */
    static final Set<String> MODIFIED_RESIDUES = Set.of("MSE", "SEP", "TPO", "PTR", "CSO", "CSD", "KCX", "LLP",
            "HYP", "MLY", "CME", "OCS", "PCA", "NEP");

    private LigandSelector() {
    }

    static Optional<ResidueId> byRef(Structure entry, LigandRef ref) {
        return entry.residues().keySet().stream().filter(ref::matches).findFirst();
    }

    static Optional<ResidueId> automatic(Structure entry) {
        Map<ResidueId, List<Integer>> residues = entry.residues();
        List<ResidueId> order = List.copyOf(residues.keySet());
        return order.stream()
                .filter(r -> isCandidate(entry, residues.get(r)))
                .min(Comparator.<ResidueId, Boolean>comparing(r -> COFACTORS.contains(r.name()))
                        .thenComparingLong(r -> -heavyAtoms(entry, residues.get(r)))
                        .thenComparingInt(order::indexOf));
    }

    private static boolean isCandidate(Structure entry, List<Integer> atomIndices) {
        Atom first = entry.atoms().get(atomIndices.get(0));
        String name = first.residue().name();
        return first.hetero() && !first.isWater() && !ADDITIVES.contains(name) && !MODIFIED_RESIDUES.contains(name)
                && heavyAtoms(entry, atomIndices) > 1;
    }

    private static long heavyAtoms(Structure entry, List<Integer> atomIndices) {
        return atomIndices.stream().filter(i -> !entry.atoms().get(i).isHydrogen()).count();
    }
}
