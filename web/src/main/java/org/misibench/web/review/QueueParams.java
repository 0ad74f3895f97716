package org.misibench.web.review;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.misibench.jobs.review.QueueFilter;
import org.misibench.jobs.review.QueueSort;
import org.misibench.jobs.review.ReviewState;

/**
 * The queue's filter as URL parameters (task, split, state, complex, run, sort). Both the queue
 * and the item page carry them, so a curator's "next item" follows the queue they came from and
 * every view is a bookmarkable GET.
 */
public class QueueParams implements Serializable {

    private static final long serialVersionUID = 1L;

    private String task;
    private String split;
    private String state;
    private String complex;
    private String run;
    private String sort;

    /** The filter these parameters describe; IllegalArgumentException names a bad one. */
    public QueueFilter toFilter() {
        Long runId = null;
        if (run != null && !run.isBlank()) {
            try {
                runId = Long.parseLong(run.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("run '" + run + "': a run number");
            }
        }
        ReviewState reviewState = state == null || state.isBlank() ? null : ReviewState.of(state);
        return new QueueFilter(task, split, reviewState, complex, runId, QueueSort.parse(sort));
    }

    /** {@code name=value&…} of the set parameters, URL-encoded, plus {@code extra} pairs. */
    public String query(String... extra) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("task", task);
        all.put("split", split);
        all.put("state", state);
        all.put("complex", complex);
        all.put("run", run);
        all.put("sort", sort);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            all.put(extra[i], extra[i + 1]);
        }
        StringJoiner q = new StringJoiner("&");
        all.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                q.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }

    public String getTask() { return task; }
    public void setTask(String task) { this.task = task; }
    public String getSplit() { return split; }
    public void setSplit(String split) { this.split = split; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getComplex() { return complex; }
    public void setComplex(String complex) { this.complex = complex; }
    public String getRun() { return run; }
    public void setRun(String run) { this.run = run; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
}
