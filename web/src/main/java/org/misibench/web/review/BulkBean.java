package org.misibench.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.misibench.jobs.review.BulkSelection;
import org.misibench.jobs.review.QueueFilter;
import org.misibench.jobs.review.ReviewState;
import org.misibench.web.console.Messages;

/**
 * The bulk confirmation page (bulk.xhtml?action=approve|reject&amp;filter…). Opening it takes a
 * snapshot of the matching items and shows their count; confirming applies the decision to that
 * snapshot only, and only to items unchanged since (view-scoped: the snapshot lives with the
 * page, never in the form, so it cannot be edited on the way back).
 */
@Named
@ViewScoped
public class BulkBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BulkReviewService service;

    private final QueueParams params = new QueueParams();
    private String action;
    private ReviewState target;
    private BulkSelection selection;
    private String comment;
    private Integer applied;

    /** f:viewAction on the first request of the view: the snapshot the confirmation shows. */
    public void load() {
        target = "approve".equals(action) ? ReviewState.APPROVED : "reject".equals(action) ? ReviewState.REJECTED : null;
        if (target == null) {
            Messages.error("Bulk action '" + action + "': approve or reject.");
            return;
        }
        QueueFilter filter;
        try {
            filter = params.toFilter();
        } catch (IllegalArgumentException e) {
            Messages.error("Filter not applied: " + e.getMessage());
            return;
        }
        selection = service.select(filter);
    }

    public void confirm() {
        if (selection == null || applied != null) {
            return;
        }
        try {
            applied = service.apply(selection, target, comment);
        } catch (RuntimeException e) {
            Messages.error("Nothing changed", e);
            return;
        }
        int skipped = (int) selection.entries().stream().filter(e -> e.state() != target).count() - applied;
        Messages.info((target == ReviewState.APPROVED ? "Approved " : "Rejected ") + applied + " item" + (applied == 1 ? "" : "s")
                + "." + (skipped == 1 ? " 1 item had changed since the count was shown and was left alone."
                : skipped > 1 ? " " + skipped + " items had changed since the count was shown and were left alone." : ""));
    }

    /** Items the confirmation would change (those not in the target state already). */
    public long getChangeCount() {
        return selection == null ? 0 : selection.entries().stream().filter(e -> e.state() != target).count();
    }

    public List<BulkSelection.Entry> getPreview() {
        return selection == null ? List.of() : selection.entries().subList(0, Math.min(10, selection.size()));
    }

    public String getQueueUrl() {
        return "queue.xhtml?" + params.query();
    }

    public String getVerb() {
        return target == ReviewState.REJECTED ? "Reject" : "Approve";
    }

    /** The filter in words, e.g. "task T2 · split test · state pending". */
    public String getFilterText() {
        StringBuilder s = new StringBuilder();
        append(s, "task", params.getTask());
        append(s, "split", params.getSplit());
        append(s, "state", params.getState());
        append(s, "complex", params.getComplex());
        append(s, "run", params.getRun());
        return s.length() == 0 ? "the whole queue" : s.toString();
    }

    private static void append(StringBuilder s, String name, String value) {
        if (value != null && !value.isBlank()) {
            s.append(s.length() == 0 ? "" : " · ").append(name).append(' ').append(value.strip());
        }
    }

    public boolean isReady() { return selection != null && applied == null; }
    public boolean isDone() { return applied != null; }
    public BulkSelection getSelection() { return selection; }
    public QueueParams getParams() { return params; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
