package org.misibench.chemistry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.misibench.structure.Atom;
import org.misibench.structure.Bond;
import org.misibench.structure.ResidueId;
import org.misibench.structure.Structure;

/**
 * Connects a structure's atoms the way ChimeraX does when it opens the file (spec §1.12):
 * <ul>
 *   <li>standard residues by template; hydrogens to their closest heavy atom in the residue;</li>
 *   <li>other residues by distance (d ≤ r₁ + r₂ + 0.4 Å), a hydrogen only to its closest partner;</li>
 *   <li>consecutive amino acids of a chain, in file order, C→N even across numbering gaps; a link
 *       longer than 1.75 × 1.33 Å becomes a missing-structure link on both ends (a cut pocket has
 *       one at every break);</li>
 *   <li>hetero groups to neighbouring residues by distance, except that bonds from metals to other
 *       residues become metal-coordination links.</li>
 * </ul>
 * A ligand read from SDF or MOL2 keeps exactly the bonds its file states ({@link #fromFileBonds}).
 */
public final class Connectivity {

    private static final double PEPTIDE_BOND = 1.33;
    private static final double MISSING_FACTOR = 1.75;

    private final Structure structure;
    private final List<List<Integer>> neighbours = new ArrayList<>();
    private final int[] missing;
    private final int[] metal;

    private Connectivity(Structure structure) {
        this.structure = structure;
        for (int i = 0; i < structure.atoms().size(); i++) {
            neighbours.add(new ArrayList<>());
        }
        this.missing = new int[structure.atoms().size()];
        this.metal = new int[structure.atoms().size()];
    }

    /** A molecule from a PDB-derived structure (pocket, or a ligand taken from an entry). */
    public static Molecule fromPdb(Structure structure) {
        Connectivity c = new Connectivity(structure);
        c.connectResidues();
        return new Molecule(structure.atoms(), c.neighbours, c.missing, c.metal);
    }

    /** A molecule with the bonds its file states (SDF, MOL2), in file order. */
    public static Molecule fromFileBonds(Structure structure) {
        Connectivity c = new Connectivity(structure);
        for (Bond b : structure.bonds()) {
            c.bond(b.first(), b.second());
        }
        return new Molecule(structure.atoms(), c.neighbours, c.missing, c.metal);
    }

    private void connectResidues() {
        Map<ResidueId, List<Integer>> residues = new LinkedHashMap<>(structure.residues());
        List<ResidueId> hetero = new ArrayList<>();
        ResidueId previousChainResidue = null;
        for (Map.Entry<ResidueId, List<Integer>> e : residues.entrySet()) {
            ResidueId residue = e.getKey();
            List<Integer> atoms = e.getValue();
            Map<String, Integer> byName = new HashMap<>();
            for (int i : atoms) {
                byName.putIfAbsent(structure.atoms().get(i).name(), i);
            }
            Optional<List<String[]>> template = ResidueTemplates.bonds(residue.name(), byName.keySet());
            if (template.isPresent()) {
                for (String[] pair : template.get()) {
                    Integer a = byName.get(pair[0]);
                    Integer b = byName.get(pair[1]);
                    if (a != null && b != null) {
                        bond(a, b);
                    }
                }
                hydrogensToClosest(atoms, true);
            } else {
                byDistance(atoms);
                hetero.add(residue);
            }
            if (ResidueTemplates.isChainResidue(residue.name(), byName.keySet())) {
                if (previousChainResidue != null && previousChainResidue.chain().equals(residue.chain())) {
                    linkPeptide(residues.get(previousChainResidue), byName);
                }
                previousChainResidue = residue;
            }
        }
        connectHeteroGroups(residues, hetero);
    }

    private void linkPeptide(List<Integer> previous, Map<String, Integer> current) {
        Integer c = null;
        for (int i : previous) {
            if (structure.atoms().get(i).name().equals("C")) {
                c = i;
            }
        }
        Integer n = current.get("N");
        if (c == null || n == null) {
            return;
        }
        double d = position(c).distance(position(n));
        if (d >= MISSING_FACTOR * PEPTIDE_BOND) {
            missing[c]++;
            missing[n]++;
        } else {
            bond(c, n);
        }
    }

    /** Bonds the atoms of one residue to each other by distance; an H only to its closest partner. */
    private void byDistance(List<Integer> atoms) {
        for (int a : atoms) {
            Atom atom = structure.atoms().get(a);
            if (atom.isHydrogen()) {
                continue;
            }
            for (int b : atoms) {
                Atom other = structure.atoms().get(b);
                if (b > a && !other.isHydrogen()
                        && atom.position().distance(other.position()) <= CovalentRadii.bondCutoff(atom.element(), other.element())) {
                    bond(a, b);
                }
            }
        }
        hydrogensToClosest(atoms, false);
    }

    /**
     * Bonds each still unbonded hydrogen of {@code atoms} to its closest partner among them within
     * bonding distance: heavy atoms only for templated residues, any atom otherwise.
     */
    private void hydrogensToClosest(List<Integer> atoms, boolean heavyPartnersOnly) {
        for (int h : atoms) {
            Atom hydrogen = structure.atoms().get(h);
            if (!hydrogen.isHydrogen() || !neighbours.get(h).isEmpty()) {
                continue;
            }
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int other : atoms) {
                Atom a = structure.atoms().get(other);
                if (other == h || (heavyPartnersOnly && a.isHydrogen())) {
                    continue;
                }
                double d = hydrogen.position().distance(a.position());
                if (d <= CovalentRadii.bondCutoff(hydrogen.element(), a.element()) && d < bestDistance) {
                    best = other;
                    bestDistance = d;
                }
            }
            if (best >= 0) {
                bond(best, h);
            }
        }
    }

    /** Hetero groups bond to atoms of other residues by distance; a metal's bonds become coordination links. */
    private void connectHeteroGroups(Map<ResidueId, List<Integer>> residues, List<ResidueId> hetero) {
        Set<Integer> heteroAtoms = new HashSet<>();
        for (ResidueId r : hetero) {
            heteroAtoms.addAll(residues.get(r));
        }
        for (ResidueId r : hetero) {
            for (int a : residues.get(r)) {
                Atom atom = structure.atoms().get(a);
                if (atom.isHydrogen()) {
                    continue;
                }
                for (int b = 0; b < structure.atoms().size(); b++) {
                    Atom other = structure.atoms().get(b);
                    if (other.residue().equals(atom.residue()) || other.isHydrogen()
                            || (heteroAtoms.contains(b) && b < a)) {
                        continue; // same residue done above; hetero–hetero pairs once
                    }
                    double d = atom.position().distance(other.position());
                    if (d > CovalentRadii.bondCutoff(atom.element(), other.element())) {
                        continue;
                    }
                    if (atom.element().isMetal() || other.element().isMetal()) {
                        metal[a]++;
                        metal[b]++;
                    } else {
                        bond(a, b);
                    }
                }
            }
        }
    }

    private org.misibench.geometry.Vec3 position(int i) {
        return structure.atoms().get(i).position();
    }

    private void bond(int a, int b) {
        if (a != b && !neighbours.get(a).contains(b)) {
            neighbours.get(a).add(b);
            neighbours.get(b).add(a);
        }
    }
}
