package org.misibench.jobs.generate;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.misibench.jobs.store.QuarantineEntry;
import org.misibench.jobs.store.QuarantineStore;
import org.misibench.source.ComplexSource;
import org.misibench.source.SourceException;

/** Writes every complex skipped by the processor to the quarantine, with its file and reason. */
@Named
@Dependent
public class QuarantineSkipListener implements SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(QuarantineSkipListener.class.getName());

    @Inject
    QuarantineStore store;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Override
    public void onSkipProcessItem(Object item, Exception e) throws Exception {
        ComplexSource source = (ComplexSource) item;
        String location = e instanceof SourceException se ? se.location() : source.id();
        String problem = e instanceof SourceException se ? se.problem().name() : e.getClass().getSimpleName();
        String reason = e instanceof SourceException se ? se.reason() : String.valueOf(e);
        LOG.warning("quarantined " + source.id() + ": " + location + ": " + reason);
        store.record(new QuarantineEntry(source.id(), stepContext.getStepName(), location, problem, reason,
                jobContext.getExecutionId()));
    }
}
