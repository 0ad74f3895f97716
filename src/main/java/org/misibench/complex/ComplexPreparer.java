package org.misibench.complex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.misibench.geometry.Vec3;
import org.misibench.source.ComplexSource;
import org.misibench.source.InputLayout;
import org.misibench.source.Problem;
import org.misibench.source.SourceException;
import org.misibench.source.SourceFile;
import org.misibench.structure.Atom;
import org.misibench.structure.ResidueId;
import org.misibench.structure.Structure;
import org.misibench.structure.StructureReader;

/**
 * Prepares a complex: reads its files, picks the ligand, removes waters, and cuts the pocket
 * (every residue with a heavy atom within {@link #POCKET_RADIUS} Å of a ligand heavy atom; spec
 * §2, a Decision shared with PDBbind's pocket files).
 */
public final class ComplexPreparer {

    /** The pocket cut-off, Å. */
    public static final double POCKET_RADIUS = 10.0;

    /** A ligand whose closest heavy-atom contact with the protein is farther than this is not bound. */
    public static final double MAX_CONTACT = 5.0;

    private ComplexPreparer() {
    }

    /** Prepares {@code source}, with the ligand its source names (or chosen automatically). */
    public static PreparedComplex prepare(ComplexSource source) throws SourceException {
        Optional<LigandRef> ref = source.ligandRef().isBlank() ? Optional.empty() : Optional.of(LigandRef.parse(source.ligandRef()));
        return prepare(source, ref);
    }

    /** Prepares {@code source}; a given {@code ligandRef} selects the ligand of a whole entry. */
    public static PreparedComplex prepare(ComplexSource source, Optional<LigandRef> ligandRef) throws SourceException {
        SourceFile first = source.files().get(0);
        Structure protein;
        Structure ligand;
        if (source.layout() == InputLayout.PROTEIN_AND_LIGAND_FILES) {
            if (source.files().size() < 2) {
                throw new SourceException(first.location(), Problem.NO_LIGAND,
                        "no ligand file (" + source.id() + "_ligand.sdf or .mol2) beside the protein");
            }
            protein = withoutWaters(StructureReader.read(first));
            ligand = StructureReader.read(source.files().get(1));
        } else {
            Structure entry = StructureReader.read(first);
            ResidueId chosen = (ligandRef.isPresent()
                    ? LigandSelector.byRef(entry, ligandRef.get())
                    : LigandSelector.automatic(entry))
                    .orElseThrow(() -> new SourceException(first.location(), Problem.NO_LIGAND, ligandRef
                            .map(r -> "no hetero group " + r + " in the entry")
                            .orElse("no ligand candidate: every hetero group is water, an ion, an additive or a modified residue")));
            List<Integer> ligandAtoms = new ArrayList<>();
            List<Integer> rest = new ArrayList<>();
            for (int i = 0; i < entry.atoms().size(); i++) {
                (entry.atoms().get(i).residue().equals(chosen) ? ligandAtoms : rest).add(i);
            }
            ligand = entry.subset(ligandAtoms);
            protein = withoutWaters(entry.subset(rest));
        }
        return cutPocket(source, protein, ligand);
    }

    private static Structure withoutWaters(Structure s) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < s.atoms().size(); i++) {
            if (!s.atoms().get(i).isWater()) {
                kept.add(i);
            }
        }
        return s.subset(kept);
    }

    private static PreparedComplex cutPocket(ComplexSource source, Structure protein, Structure ligand)
            throws SourceException {
        List<Vec3> ligandHeavy = ligand.atoms().stream().filter(a -> !a.isHydrogen()).map(Atom::position).toList();
        String location = source.files().get(0).location();
        if (ligandHeavy.isEmpty()) {
            throw new SourceException(location, Problem.NO_LIGAND, "the ligand has no heavy atoms");
        }
        double radiusSquared = POCKET_RADIUS * POCKET_RADIUS;
        double closest = Double.POSITIVE_INFINITY;
        Set<ResidueId> inPocket = new LinkedHashSet<>();
        for (Atom a : protein.atoms()) {
            if (a.isHydrogen()) {
                continue;
            }
            for (Vec3 l : ligandHeavy) {
                double d2 = a.position().distanceSquared(l);
                closest = Math.min(closest, d2);
                if (d2 <= radiusSquared) {
                    inPocket.add(a.residue());
                }
            }
        }
        if (Math.sqrt(closest) > MAX_CONTACT) {
            throw new SourceException(location, Problem.LIGAND_NOT_NEAR_PROTEIN, String.format(
                    "the ligand's closest heavy-atom contact with the protein is %.1f Å (more than %.1f Å)",
                    Math.sqrt(closest), MAX_CONTACT));
        }
        List<Integer> pocketAtoms = new ArrayList<>();
        boolean polymer = false;
        for (int i = 0; i < protein.atoms().size(); i++) {
            Atom a = protein.atoms().get(i);
            if (inPocket.contains(a.residue())) {
                pocketAtoms.add(i);
                polymer |= !a.hetero();
            }
        }
        if (!polymer) {
            throw new SourceException(location, Problem.EMPTY_POCKET,
                    "no protein or nucleic-acid residue within " + POCKET_RADIUS + " Å of the ligand");
        }
        ResidueId ligandResidue = ligand.atoms().get(0).residue();
        return new PreparedComplex(source.id(), ligand, protein.subset(pocketAtoms), List.copyOf(inPocket),
                ligandResidue.name() + ":" + ligandResidue.chain() + ":" + ligandResidue.number(), POCKET_RADIUS);
    }
}
