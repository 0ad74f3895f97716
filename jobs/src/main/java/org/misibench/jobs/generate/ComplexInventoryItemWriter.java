package org.misibench.jobs.generate;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.misibench.jobs.store.InventoryRow;
import org.misibench.jobs.store.InventoryStore;

/** Upserts each chunk's inventory rows; a re-run chunk rewrites the same rows. */
@Named
@Dependent
public class ComplexInventoryItemWriter extends AbstractItemWriter {

    @Inject
    InventoryStore store;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        store.upsert(items.stream().map(InventoryRow.class::cast).toList());
    }
}
