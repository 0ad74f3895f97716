package org.misibench.jobs.review;

import java.util.List;

/**
 * The index a queue page is read through. H2 returns rows in index order, and stops after one
 * page, only when the ORDER BY starts with the index's leading columns; so each index names those
 * columns (all pinned by the filter's equalities) and the page query orders by them, then by item
 * id. Filters no index fully covers walk the best one that applies and test the rest row by row.
 * The indexes themselves are created in Flyway V4 and V7.
 */
enum QueueIndex {

    /** One complex's items (1/500 of the queue on the published set). */
    COMPLEX("item_complex", List.of("complex_id")),
    /** A curator's usual view: one task, one split, one review state. */
    TASK_SPLIT_STATE("item_queue", List.of("task", "split", "review_state")),
    /** One generation run's items. */
    RUN("item_run", List.of("run_id")),
    /** One review state across tasks: the rare flagged or rejected items. */
    STATE("item_state_id", List.of("review_state")),
    /** One task, any state (Flyway V7). */
    TASK("item_task", List.of("task")),
    /** No useful filter: the primary key, already in item id order. */
    PRIMARY_KEY(null, List.of());

    private final String name;
    private final List<String> leadingColumns;

    QueueIndex(String name, List<String> leadingColumns) {
        this.name = name;
        this.leadingColumns = leadingColumns;
    }

    /** The most selective index whose leading columns {@code filter} pins by equality. */
    static QueueIndex forFilter(QueueFilter filter) {
        if (filter.complexId() != null) {
            return COMPLEX;
        }
        if (filter.task() != null && filter.split() != null && filter.state() != null) {
            return TASK_SPLIT_STATE;
        }
        if (filter.runId() != null) {
            return RUN;
        }
        if (filter.state() != null) {
            return STATE;
        }
        if (filter.task() != null) {
            return TASK;
        }
        return PRIMARY_KEY;
    }

    /** The table reference with its index hint, for the FROM clause. */
    String from() {
        return name == null ? "misi.item" : "misi.item USE INDEX (" + name + ")";
    }

    /** The ORDER BY list that lets H2 read the index in order, ascending or descending. */
    String orderBy(boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        StringBuilder order = new StringBuilder();
        for (String column : leadingColumns) {
            order.append(column).append(direction).append(", ");
        }
        return order.append("item_id").append(direction).toString();
    }
}
