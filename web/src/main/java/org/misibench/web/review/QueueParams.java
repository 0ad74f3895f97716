package org.misibench.web.review;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** The parameters of {@code filter} (a saved one): its set fields, and the order unless it is the default. */
    public static QueueParams of(QueueFilter filter) {
        QueueParams p = new QueueParams();
        p.task = filter.task();
        p.split = filter.split();
        p.state = filter.state() == null ? null : filter.state().dbName();
        p.complex = filter.complexId();
        p.run = filter.runId() == null ? null : filter.runId().toString();
        p.sort = filter.sort() == QueueSort.ID_ASC ? null : filter.sort().name();
        return p;
    }

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

    /**
     * The set parameters as name and value, for hidden fields: a form posted from the queue page
     * carries the filter it was shown with, so the page after the post shows the same queue.
     */
    public List<Field> getFields() {
        return fields().entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> new Field(e.getKey(), e.getValue())).toList();
    }

    /** One URL parameter of the filter. */
    public record Field(String name, String value) {
    }

    /** {@code name=value&…} of the set parameters, URL-encoded, plus {@code extra} pairs. */
    public String query(String... extra) {
        Map<String, String> all = fields();
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

    private Map<String, String> fields() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("task", task);
        all.put("split", split);
        all.put("state", state);
        all.put("complex", complex);
        all.put("run", run);
        all.put("sort", sort);
        return all;
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
