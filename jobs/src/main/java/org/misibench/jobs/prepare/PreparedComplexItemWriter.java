package org.misibench.jobs.prepare;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.misibench.jobs.store.InventoryStore;
import org.misibench.jobs.store.PreparedComplexStore;
import org.misibench.jobs.store.PreparedRow;

/** Upserts each chunk's prepared complexes and their inventory rows; a re-run chunk rewrites the same rows. */
@Named
@Dependent
public class PreparedComplexItemWriter extends AbstractItemWriter {

    @Inject
    InventoryStore inventory;

    @Inject
    PreparedComplexStore prepared;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        List<PreparedRow> rows = items.stream().map(PreparedRow.class::cast).toList();
        inventory.upsert(rows.stream().map(PreparedRow::inventory).toList());
        prepared.upsert(rows);
    }
}
