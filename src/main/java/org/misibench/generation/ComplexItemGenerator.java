package org.misibench.generation;

import org.misibench.item.Split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.misibench.chemistry.hbond.CriteriaProfile;
import org.misibench.chemistry.hbond.HBond;
import org.misibench.chemistry.hbond.HBondFinder;
import org.misibench.complex.PreparedComplex;
import org.misibench.scene.ComplexSceneBuilder;
import org.misibench.scene.ComplexViews;
import org.misibench.scoring.Task;
import org.misibench.task.CompositeOperationTasks;
import org.misibench.task.GenerationSettings;
import org.misibench.task.HBondTasks;
import org.misibench.task.InteractionLocationTask;
import org.misibench.task.ItemDraft;
import org.misibench.task.LigandDockingTask;
import org.misibench.task.SpatialOperationTasks;

/**
 * The item drafts of one complex: every selected task, with the per-complex counts of its split
 * (spec §5, {@link GenerationSettings}). T5 needs the prepared target complex the {@link RunPlan}
 * names; without one (a run of a single complex) T5 has no items.
 */
public final class ComplexItemGenerator {

    /** The H-bond criteria every H-bond task uses; recorded in each item's provenance. */
    public static final CriteriaProfile CRITERIA = CriteriaProfile.CHIMERAX_RELAXED;

    private final GenerationSettings settings;
    private final Set<Task> tasks;

    public ComplexItemGenerator(GenerationSettings settings, Set<Task> tasks) {
        this.settings = settings;
        this.tasks = Set.copyOf(tasks);
    }

    public List<ItemDraft> generate(PreparedComplex complex, RunPlan.Entry plan, Optional<PreparedComplex> t5Target) {
        int size = settings.imageSize();
        long seed = settings.seed();
        boolean train = plan.split() == Split.TRAIN;
        int rank = plan.rank();
        ComplexViews views = ComplexViews.of(ComplexSceneBuilder.pocketAndLigand(complex), size, size);
        List<HBond> bonds = needsBonds() ? HBondFinder.find(complex, CRITERIA) : List.of();
        List<ItemDraft> items = new ArrayList<>();
        if (tasks.contains(Task.TRANSLATION)) {
            items.addAll(SpatialOperationTasks.generate(Task.TRANSLATION, complex.id(), views,
                    train ? settings.t1PerAxisTrain() : settings.t1PerAxisTest(), seed, rank));
        }
        if (tasks.contains(Task.ROTATION)) {
            items.addAll(SpatialOperationTasks.generate(Task.ROTATION, complex.id(), views,
                    train ? settings.t2PerAxisTrain() : settings.t2PerAxisTest(), seed, rank));
        }
        if (tasks.contains(Task.ZOOMING)) {
            items.addAll(SpatialOperationTasks.generate(Task.ZOOMING, complex.id(), views,
                    train ? settings.t3Train() : settings.t3Test(), seed, rank));
        }
        if (tasks.contains(Task.RESIDUE_HBONDS)) {
            items.addAll(HBondTasks.residueBonds(complex, bonds, size, size, settings.t4HardNegativeShare(), seed));
        }
        if (tasks.contains(Task.TRANSLATION_ROTATION) && t5Target.isPresent()) {
            PreparedComplex target = t5Target.get();
            ComplexViews targetViews = ComplexViews.of(ComplexSceneBuilder.pocketAndLigand(target), size, size);
            items.addAll(CompositeOperationTasks.translationThenRotation(complex.id(), views, target.id(), targetViews,
                    train ? settings.t5Train() : settings.t5Test(), seed, rank));
        }
        if (tasks.contains(Task.ROTATION_ROTATION)) {
            items.addAll(CompositeOperationTasks.rotationThenRotation(complex.id(), views,
                    train ? settings.t6Train() : settings.t6Test(), seed, rank));
        }
        if (tasks.contains(Task.LIGAND_DOCKING)) {
            items.addAll(LigandDockingTask.generate(complex, train ? settings.t7Train() : settings.t7Test(), size, size,
                    seed, rank));
        }
        if (tasks.contains(Task.INTERACTION_LOCATION)) {
            items.addAll(InteractionLocationTask.generate(complex, bonds, views, settings.t8MaxPerComplex(), seed));
        }
        if (tasks.contains(Task.POCKET_HBONDS)) {
            items.add(HBondTasks.pocketBonds(complex, bonds, views, seed));
        }
        return items;
    }

    /** Whether T5 items need the target complex prepared. */
    public boolean needsTarget() {
        return tasks.contains(Task.TRANSLATION_ROTATION);
    }

    private boolean needsBonds() {
        return tasks.contains(Task.RESIDUE_HBONDS) || tasks.contains(Task.INTERACTION_LOCATION)
                || tasks.contains(Task.POCKET_HBONDS);
    }
}
