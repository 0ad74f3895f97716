package org.misibench.jobs.items;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.misibench.generation.RunPlan;
import org.misibench.generation.SplitAssigner;
import org.misibench.item.Split;
import org.misibench.jobs.prepare.InputSelection;
import org.misibench.jobs.store.PreparedComplexStore;
import org.misibench.source.ComplexSource;
import org.misibench.source.SourceException;
import org.misibench.source.SourceSummary;

/**
 * Plans a generation run: the input's complexes that were prepared from exactly these files (the
 * prepare step's rows, matched by source hash, so quarantined or changed inputs are left out),
 * their splits and ranks. Deterministic, so every partition and every restart plans the same run.
 */
final class RunPlanner {

    /** The plan and the inputs behind it, sorted by complex id. */
    record PlannedRun(List<PlannedComplex> complexes, RunPlan plan) {

        /** Partition {@code k} of {@code n}: complexes k, k + n, … */
        List<PlannedComplex> partition(int k, int n) {
            List<PlannedComplex> mine = new ArrayList<>();
            for (int i = k; i < complexes.size(); i += n) {
                mine.add(complexes.get(i));
            }
            return mine;
        }
    }

    private RunPlanner() {
    }

    static PlannedRun plan(GenerationParameters parameters, PreparedComplexStore prepared)
            throws SourceException, SQLException {
        Map<String, String> preparedFrom = prepared.sourceHashes();
        Map<String, ComplexSource> usable = new TreeMap<>();
        Map<String, String> hashes = new TreeMap<>();
        for (ComplexSource source : InputSelection.resolve(parameters.input())) {
            String sha;
            try {
                sha = SourceSummary.of(source).sha256();
            } catch (SourceException e) {
                continue; // unreadable input was quarantined by the prepare step
            }
            if (sha.equals(preparedFrom.get(source.id()))) {
                usable.put(source.id(), source);
                hashes.put(source.id(), sha);
            }
        }
        Map<String, Split> splits = parameters.splitFile() != null
                ? SplitAssigner.fromFile(parameters.splitFile(), usable.keySet())
                : SplitAssigner.byFraction(usable.keySet(), parameters.settings().testFraction(), parameters.settings().seed());
        RunPlan plan = RunPlan.of(splits);
        List<PlannedComplex> complexes = new ArrayList<>();
        for (RunPlan.Entry e : plan.entries()) {
            Optional<ComplexSource> target = e.t5Target().map(usable::get);
            complexes.add(new PlannedComplex(usable.get(e.complexId()), hashes.get(e.complexId()), e, target));
        }
        return new PlannedRun(List.copyOf(complexes), plan);
    }
}
