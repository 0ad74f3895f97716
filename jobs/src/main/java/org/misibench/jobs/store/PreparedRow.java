package org.misibench.jobs.store;

import org.misibench.complex.PreparedComplex;
import org.misibench.source.ComplexSource;
import org.misibench.source.SourceSummary;

/**
 * What the prepare step stores for one complex: its source summary, where its files are (so the
 * console can read them again) and the prepared complex's facts.
 */
public record PreparedRow(SourceSummary summary, String sourceLocation, String ligandRef, int ligandAtoms,
                          int pocketResidues, int pocketAtoms, double pocketRadius, long jobExecutionId) {

    public static PreparedRow of(SourceSummary summary, ComplexSource source, PreparedComplex complex, long jobExecutionId) {
        return new PreparedRow(summary, PreparedSource.location(source), complex.ligandRef(), complex.ligand().atoms().size(),
                complex.pocketResidues().size(), complex.pocket().atoms().size(), complex.pocketRadius(), jobExecutionId);
    }

    public InventoryRow inventory() {
        return new InventoryRow(summary, jobExecutionId);
    }
}
