package org.misibench.jobs.items;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.misibench.complex.ComplexPreparer;
import org.misibench.complex.PreparedComplex;
import org.misibench.jobs.listeners.TestHooks;
import org.misibench.generation.ComplexItemGenerator;
import org.misibench.source.ComplexSource;
import org.misibench.source.SourceException;

/**
 * Prepares the complex again from its input (cheaper than storing whole structures: about 80 ms)
 * and draws the items of every selected task. A complex that can no longer be prepared is a
 * {@link SourceException}: skipped and quarantined, the run goes on.
 */
@Named
@Dependent
public class ItemDraftProcessor implements ItemProcessor {

    /** Test hook: crash (not skippable) on this complex id. */
    @Inject
    @BatchProperty
    String failOnComplex;

    /** Test hook: sleep this long per complex, so a test can kill the runner mid-way. */
    @Inject
    @BatchProperty
    String slowdownMillis;

    @Inject
    StepContext stepContext;

    @Override
    public Object processItem(Object item) throws Exception {
        PlannedComplex planned = (PlannedComplex) item;
        TestHooks.apply(planned.id(), failOnComplex, slowdownMillis, "failGenerating");
        PartitionState state = (PartitionState) stepContext.getTransientUserData();
        ComplexItemGenerator generator = new ComplexItemGenerator(state.parameters().settings(), state.parameters().tasks());
        PreparedComplex complex = ComplexPreparer.prepare(planned.source());
        Optional<PreparedComplex> target = Optional.empty();
        if (generator.needsTarget() && planned.t5Target().isPresent()) {
            target = Optional.of(prepareTarget(planned.t5Target().get()));
        }
        return new ComplexDrafts(planned, generator.generate(complex, planned.plan(), target));
    }

    private static PreparedComplex prepareTarget(ComplexSource target) throws SourceException {
        return ComplexPreparer.prepare(target);
    }
}
