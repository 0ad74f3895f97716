package org.misibench.jobs.items;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.misibench.jobs.store.PreparedComplexStore;

/**
 * Reads this partition's complexes of the run plan, one per chunk. The checkpoint is a
 * {@link PartitionTally}: the index of the next complex and the counts so far. The tally is shared
 * with the writer through the step context, which JBeret keeps per partition.
 */
@Named
@Dependent
public class PlannedComplexReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    StepContext stepContext;

    @Inject
    PreparedComplexStore prepared;

    private List<PlannedComplex> mine;
    private PartitionTally tally;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        GenerationParameters parameters = GenerationParameters.from(stepContext.getProperties());
        int k = partition == null ? 0 : Integer.parseInt(partition);
        int n = partitions == null ? 1 : Integer.parseInt(partitions);
        mine = RunPlanner.plan(parameters, prepared).partition(k, n);
        tally = checkpoint == null ? new PartitionTally() : ((PartitionTally) checkpoint).copy();
        stepContext.setTransientUserData(new PartitionState(k, mine.size(), tally, parameters));
    }

    @Override
    public Object readItem() {
        return tally.next < mine.size() ? mine.get(tally.next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return tally.copy();
    }
}
