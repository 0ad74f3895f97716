package org.misibench.jobs.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the review queue shows: each field narrows it when set (null = any). Values come from URL
 * parameters, so they are checked here and always reach SQL as bind parameters.
 */
public record QueueFilter(String task, String split, ReviewState state, String complexId, Long runId, QueueSort sort) {

    private static final Pattern TASK = Pattern.compile("T[1-9]");

    public QueueFilter {
        task = blankToNull(task);
        split = blankToNull(split);
        complexId = blankToNull(complexId);
        if (task != null && !TASK.matcher(task).matches()) {
            throw new IllegalArgumentException("task '" + task + "': T1 to T9");
        }
        if (split != null && !split.equals("train") && !split.equals("test")) {
            throw new IllegalArgumentException("split '" + split + "': train or test");
        }
        sort = sort == null ? QueueSort.ID_ASC : sort;
    }

    /** The whole queue in id order. */
    public static QueueFilter all() {
        return new QueueFilter(null, null, null, null, null, QueueSort.ID_ASC);
    }

    public QueueFilter withState(ReviewState newState) {
        return new QueueFilter(task, split, newState, complexId, runId, sort);
    }

    /** The WHERE conditions (without the keyset bound), ANDed; {@code params} receives their values. */
    String conditions(List<Object> params) {
        List<String> where = new ArrayList<>();
        add(where, params, "task = ?", task);
        add(where, params, "split = ?", split);
        add(where, params, "review_state = ?", state == null ? null : state.dbName());
        add(where, params, "complex_id = ?", complexId);
        add(where, params, "run_id = ?", runId);
        return where.isEmpty() ? "TRUE" : String.join(" AND ", where);
    }

    private static void add(List<String> where, List<Object> params, String condition, Object value) {
        if (value != null) {
            where.add(condition);
            params.add(value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
