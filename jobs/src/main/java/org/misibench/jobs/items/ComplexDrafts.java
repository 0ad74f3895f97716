package org.misibench.jobs.items;

import java.util.List;
import org.misibench.task.ItemDraft;

/** A complex's drafted items, waiting for their images. */
public record ComplexDrafts(PlannedComplex complex, List<ItemDraft> drafts) {
}
