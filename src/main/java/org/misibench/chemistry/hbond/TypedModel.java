package org.misibench.chemistry.hbond;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.misibench.chemistry.Connectivity;
import org.misibench.chemistry.Molecule;
import org.misibench.chemistry.Rings;
import org.misibench.chemistry.idatm.AtomTypes;
import org.misibench.chemistry.idatm.Geometry;
import org.misibench.chemistry.idatm.IdatmTable;
import org.misibench.chemistry.idatm.IdatmTyper;
import org.misibench.geometry.Vec3;
import org.misibench.structure.Atom;
import org.misibench.structure.Structure;

/**
 * One structure as ChimeraX would hold it as a separate model (pocket #1, ligand #2): its bonds,
 * IDATM types, rings and metals. Everything the H-bond rules ask about an atom's local environment
 * is answered here, per model, because ChimeraX classifies donors and acceptors and searches for
 * metals structure by structure (spec §1.2).
 */
final class TypedModel {

    /** ChimeraX's metal search radius around acceptors (not relaxed). */
    private static final double METAL_RADIUS = 4.0;

    private final Molecule molecule;
    private final AtomTypes types;
    private final List<Integer> metals = new ArrayList<>();
    private final boolean[] truncated;

    TypedModel(Molecule molecule) {
        this.molecule = molecule;
        this.types = IdatmTyper.type(molecule);
        this.truncated = TruncatedResidues.flags(molecule);
        for (int i = 0; i < molecule.size(); i++) {
            if (molecule.atom(i).element().isMetal()) {
                metals.add(i);
            }
        }
    }

    /**
     * A ligand: with the bonds its file states (SDF, MOL2, or a PDB entry's CONECT records) when there
     * are any, otherwise connected as ChimeraX's PDB reader does.
     */
    static TypedModel of(Structure structure) {
        boolean fileBonds = !structure.bonds().isEmpty();
        return new TypedModel(fileBonds ? Connectivity.fromFileBonds(structure) : Connectivity.fromPdb(structure));
    }

    /** The pocket: always connected from residue templates and distances. */
    static TypedModel pocket(Structure structure) {
        return new TypedModel(Connectivity.fromPdb(structure));
    }

    Molecule molecule() {
        return molecule;
    }

    int size() {
        return molecule.size();
    }

    Atom atom(int i) {
        return molecule.atom(i);
    }

    Vec3 pos(int i) {
        return molecule.atom(i).position();
    }

    String type(int i) {
        return types.of(i);
    }

    Rings rings() {
        return types.rings();
    }

    int[] neighbours(int i) {
        return molecule.neighbours(i);
    }

    int element(int i) {
        return molecule.atom(i).element().atomicNumber();
    }

    boolean isHydrogen(int i) {
        return molecule.atom(i).isHydrogen();
    }

    /** Heavy (non-H) neighbours in bond order. */
    List<Integer> heavyNeighbours(int i) {
        List<Integer> out = new ArrayList<>();
        for (int n : molecule.neighbours(i)) {
            if (!isHydrogen(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Hydrogen neighbours in bond order. */
    List<Integer> hydrogenNeighbours(int i) {
        List<Integer> out = new ArrayList<>();
        for (int n : molecule.neighbours(i)) {
            if (isHydrogen(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The IDATM geometry of atom {@code i}, empty when its type is not in the table. */
    Optional<Geometry> geometry(int i) {
        return IdatmTable.geometry(type(i));
    }

    boolean hasGeometry(int i, Geometry g) {
        return geometry(i).orElse(null) == g;
    }

    /** True when the atom carries a missing-structure link (a chain break). */
    boolean hasMissingLink(int i) {
        return molecule.missingLinks(i) > 0;
    }

    /**
     * True when the atom's residue has a template and the atom has fewer heavy neighbours inside its
     * residue than the template gives it (ChimeraX skips such atoms as donors and acceptors).
     */
    boolean isTruncated(int i) {
        return truncated[i];
    }

    /** Positions of this model's metals within 4 Å of atom {@code i} (for the metal veto). */
    List<Vec3> metalsNear(int i) {
        List<Vec3> near = new ArrayList<>();
        for (int m : metals) {
            if (m != i && pos(m).distance(pos(i)) <= METAL_RADIUS) {
                near.add(pos(m));
            }
        }
        return near;
    }
}
