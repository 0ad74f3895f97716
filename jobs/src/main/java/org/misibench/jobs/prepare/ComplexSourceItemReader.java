package org.misibench.jobs.prepare;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.misibench.source.ComplexSource;

/**
 * Reads the input complexes one at a time. The checkpoint is the index of the next complex:
 * the input resolves to the same ordered list on every run, so a restart continues exactly
 * where the last committed chunk ended.
 */
@Named
@Dependent
public class ComplexSourceItemReader extends AbstractItemReader {

    /** {@code sample} (default) or comma-separated paths: see {@link InputSelection}. */
    @Inject
    @BatchProperty
    String input;

    private List<ComplexSource> complexes;
    private int next;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        complexes = InputSelection.resolve(input);
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < complexes.size() ? complexes.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
