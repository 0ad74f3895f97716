package org.misibench.jobs.prepare;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.PreparedComplex;
import org.misibench.jobs.store.PreparedRow;
import org.misibench.jobs.listeners.TestHooks;
import org.misibench.source.ComplexSource;
import org.misibench.source.SourceSummary;

/**
 * Prepares a complex: summarises its files, reads them, chooses the ligand and cuts the pocket.
 * An input that cannot be prepared throws {@link org.misibench.source.SourceException} with its
 * file, problem and reason, which the job skips into quarantine.
 */
@Named
@Dependent
public class PrepareComplexItemProcessor implements ItemProcessor {

    /** Test hook (JBeret's crash-injection style): crash, not skip, on this complex id. */
    @Inject
    @BatchProperty
    String failOnComplex;

    /** Test hook: sleep this long per complex, so a crash test can kill the runner mid-run. */
    @Inject
    @BatchProperty
    String slowdownMillis;

    @Inject
    JobContext jobContext;

    @Override
    public Object processItem(Object item) throws Exception {
        ComplexSource source = (ComplexSource) item;
        TestHooks.apply(source.id(), failOnComplex, slowdownMillis, "failOnComplex");
        SourceSummary summary = SourceSummary.of(source);
        PreparedComplex complex = ComplexPreparer.prepare(source);
        return PreparedRow.of(summary, source, complex, jobContext.getExecutionId());
    }
}
