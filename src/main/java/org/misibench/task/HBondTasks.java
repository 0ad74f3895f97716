package org.misibench.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.misibench.chemistry.hbond.HBond;
import org.misibench.complex.PreparedComplex;
import org.misibench.render.camera.CanonicalView;
import org.misibench.render.scene.Scene;
import org.misibench.scene.ComplexSceneBuilder;
import org.misibench.scene.ComplexViews;
import org.misibench.scoring.Task;
import org.misibench.structure.Atom;
import org.misibench.structure.ResidueId;

/**
 * The H-bond tasks whose ground truth is the finder's output (spec §5): T9 lists every pocket–ligand
 * bond (six views of the pocket), T4 asks about one residue (six views of that residue and the
 * ligand, every atom labelled): every residue with a bond, and as many without.
 *
 * <p>Decision (spec §5): a share of the T4 negatives are "hard" — a polar atom within
 * {@value #HARD_NEGATIVE_DISTANCE} Å of a ligand polar atom, yet no bond by the criteria — so that
 * proximity alone does not answer them. The share is a parameter, recorded with each item.
 */
public final class HBondTasks {

    /** Polar contact distance that makes a residue without bonds a hard negative, Å. */
    public static final double HARD_NEGATIVE_DISTANCE = 4.5;

    private HBondTasks() {
    }

    /** T9: one item, the complex's bonds as the answer. */
    public static ItemDraft pocketBonds(PreparedComplex complex, List<HBond> bonds, ComplexViews views, long seed) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("bonds", Integer.toString((int) bonds.stream().map(BondAnswers::pocketLevel).distinct().count()));
        return new ItemDraft(ItemIds.of(complex.id(), Task.POCKET_HBONDS, parameters, seed), Task.POCKET_HBONDS,
                complex.id(), ImageSpec.of(ImageSpec.POCKET, views, CanonicalView.values()), QuestionTemplates.question(Task.POCKET_HBONDS),
                BondAnswers.pocketAnswer(bonds), parameters, seed);
    }

    /** T4: an item per bonded residue, and as many for residues without bonds ({@code hardShare} of them hard). */
    public static List<ItemDraft> residueBonds(PreparedComplex complex, List<HBond> bonds, int width, int height,
                                               double hardShare, long seed) {
        Map<ResidueId, List<HBond>> byResidue = new LinkedHashMap<>();
        for (ResidueId r : complex.pocketResidues()) {
            if (isAminoAcid(complex, r)) {
                byResidue.put(r, new ArrayList<>());
            }
        }
        for (HBond b : bonds) {
            List<HBond> list = byResidue.get(b.pocketAtom().residue());
            if (list != null) {
                list.add(b);
            }
        }
        List<ResidueId> positives = byResidue.keySet().stream().filter(r -> !byResidue.get(r).isEmpty()).toList();
        List<ResidueId> hard = new ArrayList<>();
        List<ResidueId> easy = new ArrayList<>();
        for (ResidueId r : byResidue.keySet()) {
            if (byResidue.get(r).isEmpty()) {
                (polarContact(complex, r) ? hard : easy).add(r);
            }
        }
        SplittableRandom random = TaskRandom.of(complex.id(), Task.RESIDUE_HBONDS, seed);
        TaskRandom.shuffle(hard, random);
        TaskRandom.shuffle(easy, random);
        int wantHard = (int) Math.round(positives.size() * hardShare);
        List<ResidueId> negatives = new ArrayList<>(hard.subList(0, Math.min(wantHard, hard.size())));
        for (ResidueId r : easy) {
            if (negatives.size() < positives.size()) {
                negatives.add(r);
            }
        }
        for (ResidueId r : hard.subList(Math.min(wantHard, hard.size()), hard.size())) {
            if (negatives.size() < positives.size()) {
                negatives.add(r);
            }
        }
        List<ItemDraft> items = new ArrayList<>();
        for (ResidueId r : positives) {
            items.add(residueItem(complex, r, byResidue.get(r), false, hardShare, width, height, seed));
        }
        for (ResidueId r : negatives) {
            items.add(residueItem(complex, r, List.of(), hard.contains(r), hardShare, width, height, seed));
        }
        return items;
    }

    private static ItemDraft residueItem(PreparedComplex complex, ResidueId residue, List<HBond> bonds, boolean hard,
                                         double hardShare, int width, int height, long seed) {
        Scene scene = ComplexSceneBuilder.residueAndLigand(complex, residue);
        ComplexViews views = ComplexViews.of(scene, width, height);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("residue", residue.toString());
        parameters.put("negative", bonds.isEmpty() ? (hard ? "hard" : "easy") : "no");
        parameters.put("hardShare", Double.toString(hardShare));
        return new ItemDraft(ItemIds.of(complex.id(), Task.RESIDUE_HBONDS, parameters, seed), Task.RESIDUE_HBONDS,
                complex.id(), ImageSpec.of("residue " + residue, views, CanonicalView.values()), QuestionTemplates.question(Task.RESIDUE_HBONDS,
                residue.label()), BondAnswers.residueAnswer(bonds), parameters, seed);
    }

    private static boolean isAminoAcid(PreparedComplex complex, ResidueId r) {
        return complex.pocket().atoms().stream().anyMatch(a -> a.residue().equals(r) && !a.hetero());
    }

    /** A polar (N, O) atom of the residue within the hard-negative distance of a polar ligand atom. */
    static boolean polarContact(PreparedComplex complex, ResidueId r) {
        List<Atom> ligandPolar = complex.ligand().atoms().stream().filter(HBondTasks::polar).toList();
        return complex.pocket().atoms().stream().filter(a -> a.residue().equals(r) && polar(a))
                .anyMatch(a -> ligandPolar.stream().anyMatch(l -> l.position().distance(a.position()) <= HARD_NEGATIVE_DISTANCE));
    }

    private static boolean polar(Atom a) {
        String e = a.element().symbol();
        return e.equals("N") || e.equals("O");
    }
}
