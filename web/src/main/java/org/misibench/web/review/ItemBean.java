package org.misibench.web.review;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.misibench.jobs.hbonds.BondRow;
import org.misibench.jobs.hbonds.ComplexBonds;
import org.misibench.jobs.review.ItemContent;
import org.misibench.jobs.review.ItemQueue;
import org.misibench.jobs.review.ItemRecord;
import org.misibench.jobs.review.ItemStore;
import org.misibench.jobs.review.QueueFilter;
import org.misibench.jobs.review.ReviewConflictException;
import org.misibench.jobs.review.ReviewDecision;
import org.misibench.jobs.review.ReviewEntry;
import org.misibench.jobs.review.ReviewState;
import org.misibench.jobs.review.ReviewStore;

/**
 * The item page: the item as a curator judges it, its audit trail, and the three decisions.
 * View-scoped so that a decision is made on the version the page showed (optimistic locking),
 * however long the curator looked at it. For the H-bond tasks the page lists the complex's bonds
 * so the answer can be checked.
 */
@Named
@ViewScoped
public class ItemBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DataSource dataSource;

    @Inject
    transient ReviewService reviews;

    @Inject
    transient ComplexBondsCache bondsCache;

    /** The tasks whose answers are H-bonds the finder found: T4, T8 and T9. */
    private static final Set<String> HBOND_TASKS = Set.of("T4", "T8", "T9");

    private final QueueParams params = new QueueParams();
    private String id;
    private ItemRecord record;
    private ItemContent content;
    private List<ReviewEntry> trail = List.of();
    private String nextId;
    private String previousId;
    private String comment;
    private ComplexBonds bonds;

    /** Reads the item named by the URL (f:viewAction, first request of the view only). */
    public void load() throws SQLException {
        record = id == null ? null : new ItemStore(dataSource).find(id).orElse(null);
        if (record == null) {
            message(FacesMessage.SEVERITY_ERROR, "There is no item " + (id == null ? "" : "'" + id + "'") + ".");
            return;
        }
        content = ItemContent.parse(record.itemJson());
        trail = new ReviewStore(dataSource).trail(id);
        QueueFilter filter;
        try {
            filter = params.toFilter();
        } catch (IllegalArgumentException e) {
            filter = QueueFilter.all();
        }
        ItemQueue queue = new ItemQueue(dataSource);
        nextId = queue.neighbour(filter, id, true).orElse(null);
        previousId = queue.neighbour(filter, id, false).orElse(null);
        bonds = HBOND_TASKS.contains(record.task()) ? bondsCache.bonds(record, content) : null;
    }

    public void approve() throws SQLException {
        decide(ReviewState.APPROVED, "Approved.");
    }

    public void flag() throws SQLException {
        decide(ReviewState.FLAGGED, "Flagged.");
    }

    public void reject() throws SQLException {
        decide(ReviewState.REJECTED, "Rejected.");
    }

    private void decide(ReviewState to, String done) throws SQLException {
        ReviewDecision decision;
        try {
            decision = new ReviewDecision(record.itemId(), record.version(), to, comment);
        } catch (IllegalArgumentException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
            return;
        }
        try {
            reviews.decide(decision);
            comment = null;
            message(FacesMessage.SEVERITY_INFO, done);
        } catch (ReviewConflictException e) {
            message(FacesMessage.SEVERITY_ERROR, "Conflict: " + e.getMessage());
        }
        // either way the page now shows the item as stored, with its current version
        load();
    }

    /** Whether the item asks about this bond: T8's named bond, T4's residue. */
    public boolean concerns(BondRow bond) {
        return switch (record.task()) {
            case "T4" -> bond.residue().equals(content.parameters().get("residue"));
            case "T8" -> bond.answerText().equals(content.parameters().get("bond"));
            default -> false;
        };
    }

    public String itemUrl(String itemId) {
        return itemId == null ? null : "item.xhtml?" + params.query("id", itemId);
    }

    public String getQueueUrl() {
        return "queue.xhtml?" + params.query();
    }

    /** Parameters and provenance as lists, which ui:repeat iterates in the JSON's key order. */
    public List<Map.Entry<String, String>> getParameters() {
        return new ArrayList<>(content.parameters().entrySet());
    }

    public List<Map.Entry<String, String>> getProvenance() {
        return new ArrayList<>(content.provenance().entrySet());
    }

    public String letter(int index) {
        return ItemContent.letter(index);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public QueueParams getParams() { return params; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ItemRecord getRecord() { return record; }
    public ItemContent getContent() { return content; }
    public List<ReviewEntry> getTrail() { return trail; }
    public String getNextId() { return nextId; }
    public String getPreviousId() { return previousId; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public ComplexBonds getBonds() { return bonds; }
}
