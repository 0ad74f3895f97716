package org.misibench.web.review;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * however long the curator looked at it. A decision moves on to the next item of the same queue
 * (as Prodigy does), which names the decided one with a link back; for the H-bond tasks the page
 * lists the complex's bonds so the answer can be checked.
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
    private DecidedItem decided;

    /** Reads the item named by the URL (f:viewAction, first request of the view only). */
    public void load() throws SQLException {
        decided = (DecidedItem) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(DecidedItem.class.getName());
        record = id == null ? null : new ItemStore(dataSource).find(id).orElse(null);
        if (record == null) {
            message(FacesMessage.SEVERITY_ERROR, "There is no item " + (id == null ? "" : "'" + id + "'") + ".");
            return;
        }
        content = ItemContent.parse(record.itemJson());
        trail = new ReviewStore(dataSource).trail(id);
        ItemQueue queue = new ItemQueue(dataSource);
        nextId = queue.neighbour(filter(), id, true).orElse(null);
        previousId = queue.neighbour(filter(), id, false).orElse(null);
        bonds = HBOND_TASKS.contains(record.task()) ? bondsCache.bonds(record, content) : null;
    }

    private QueueFilter filter() {
        try {
            return params.toFilter();
        } catch (IllegalArgumentException e) {
            return QueueFilter.all();
        }
    }

    public void approve() throws SQLException, IOException {
        decide(ReviewState.APPROVED);
    }

    public void flag() throws SQLException, IOException {
        decide(ReviewState.FLAGGED);
    }

    public void reject() throws SQLException, IOException {
        decide(ReviewState.REJECTED);
    }

    /**
     * Records the decision, then goes on to the next item of the queue the curator came from,
     * looked up after the decision so that an item someone else decided meanwhile is skipped when
     * the queue is filtered by state. At the end of the queue, and after a conflict, the page stays
     * and shows the item as stored, with its current version.
     */
    private void decide(ReviewState to) throws SQLException, IOException {
        ReviewDecision decision;
        try {
            decision = new ReviewDecision(record.itemId(), record.version(), to, comment);
        } catch (IllegalArgumentException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
            return;
        }
        try {
            reviews.decide(decision);
        } catch (ReviewConflictException e) {
            message(FacesMessage.SEVERITY_ERROR, "Conflict: " + e.getMessage());
            load();
            return;
        }
        comment = null;
        String decidedId = record.itemId();
        Optional<String> next = new ItemQueue(dataSource).neighbour(filter(), decidedId, true);
        if (next.isEmpty()) {
            message(FacesMessage.SEVERITY_INFO, decidedId + " is now " + to.dbName() + ". It was the last item of this queue.");
            load();
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // the flash outlives exactly one redirect: the message shows once, and not again on reload
        external.getFlash().put(DecidedItem.class.getName(), new DecidedItem(decidedId, to.dbName(), itemUrl(decidedId)));
        external.redirect(external.getRequestContextPath() + "/" + itemUrl(next.get()));
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
    public DecidedItem getDecided() { return decided; }
}
