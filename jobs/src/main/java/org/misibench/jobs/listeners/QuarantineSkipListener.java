package org.misibench.jobs.listeners;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipWriteListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;
import org.misibench.jobs.items.ComplexDrafts;
import org.misibench.jobs.items.ComplexRenderException;
import org.misibench.jobs.items.PlannedComplex;
import org.misibench.jobs.store.QuarantineEntry;
import org.misibench.jobs.store.QuarantineStore;
import org.misibench.source.ComplexSource;
import org.misibench.source.SourceException;

/**
 * Writes every complex a step skipped to the quarantine, with its file, the step and the reason:
 * input that could not be prepared (processor) and complexes whose images could not be rendered
 * (writer). The job goes on with the rest; the skip limit decides when too much is bad.
 */
@Named
@Dependent
public class QuarantineSkipListener implements SkipProcessListener, SkipWriteListener {

    private static final Logger LOG = Logger.getLogger(QuarantineSkipListener.class.getName());

    @Inject
    QuarantineStore store;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Override
    public void onSkipProcessItem(Object item, Exception e) throws Exception {
        quarantine(sourceOf(item), e);
    }

    @Override
    public void onSkipWriteItem(List<Object> items, Exception e) throws Exception {
        for (Object item : items) {
            quarantine(sourceOf(item), e);
        }
    }

    private void quarantine(ComplexSource source, Exception e) throws Exception {
        String location = e instanceof SourceException se ? se.location() : source.id();
        String problem = e instanceof SourceException se ? se.problem().name()
                : e instanceof ComplexRenderException ? "RENDER_FAILED" : e.getClass().getSimpleName();
        String reason = e instanceof SourceException se ? se.reason() : String.valueOf(e.getMessage());
        LOG.warning("quarantined " + source.id() + " in " + stepContext.getStepName() + ": " + location + ": " + reason);
        store.record(new QuarantineEntry(source.id(), stepContext.getStepName(), location, problem, reason,
                jobContext.getExecutionId()));
    }

    private static ComplexSource sourceOf(Object item) {
        if (item instanceof ComplexSource source) {
            return source;
        }
        if (item instanceof PlannedComplex planned) {
            return planned.source();
        }
        if (item instanceof ComplexDrafts drafts) {
            return drafts.complex().source();
        }
        throw new IllegalArgumentException("not a complex: " + item);
    }
}
