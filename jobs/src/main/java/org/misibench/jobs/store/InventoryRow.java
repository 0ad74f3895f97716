package org.misibench.jobs.store;

import org.misibench.source.SourceSummary;

/** One row of {@code MISI.COMPLEX_INVENTORY}: an input complex as a job saw it. */
public record InventoryRow(SourceSummary summary, long jobExecutionId) {
}
