package org.misibench.jobs.items;

import java.util.Optional;
import org.misibench.generation.RunPlan;
import org.misibench.source.ComplexSource;

/** One complex of the run as the reader hands it on: its input, input hash, plan and T5 target. */
public record PlannedComplex(ComplexSource source, String sourceSha256, RunPlan.Entry plan, Optional<ComplexSource> t5Target) {

    public String id() {
        return source.id();
    }
}
