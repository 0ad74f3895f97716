package org.misibench.web.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.misibench.jobs.review.ItemQueue;
import org.misibench.jobs.review.QueueFilter;
import org.misibench.jobs.review.QueuePage;
import org.misibench.jobs.review.QueueRow;
import org.misibench.jobs.review.QueueSort;
import org.misibench.jobs.review.ReviewState;

/**
 * The review queue page: one keyset page of items matching the URL's filter. Request-scoped and
 * driven by GET parameters only, so paging and filtering need no view state and every page is a link.
 */
@Named
@RequestScoped
public class QueueBean {

    /** Rows per page: a screen's worth at the console's density. */
    static final int PAGE_SIZE = 50;

    @Inject
    DataSource dataSource;

    private final QueueParams params = new QueueParams();
    private String after;
    private String before;
    private QueuePage page = new QueuePage(List.of(), false, false, 0, false);

    /** Runs before rendering (f:viewAction): a bad parameter shows as a message, not an error page. */
    public void load() throws SQLException {
        QueueFilter filter;
        try {
            filter = params.toFilter();
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "Filter not applied: " + e.getMessage(), null));
            filter = QueueFilter.all();
        }
        ItemQueue queue = new ItemQueue(dataSource);
        page = before != null && !before.isBlank() ? queue.before(filter, before, PAGE_SIZE)
                : queue.after(filter, blankToNull(after), PAGE_SIZE);
    }

    public String itemUrl(QueueRow row) {
        return "item.xhtml?" + params.query("id", row.itemId());
    }

    /** The bulk confirmation page for this filter ({@code approve} or {@code reject}). */
    public String bulkUrl(String action) {
        return "bulk.xhtml?" + params.query("action", action);
    }

    public String nextUrl() {
        return "queue.xhtml?" + params.query("after", page.lastId());
    }

    public String previousUrl() {
        return "queue.xhtml?" + params.query("before", page.firstId());
    }

    public String getMatchingText() {
        if (page.capped()) {
            return "more than " + String.format("%,d", ItemQueue.COUNT_CAP) + " items";
        }
        return String.format("%,d", page.matching()) + (page.matching() == 1 ? " item" : " items");
    }

    public List<String> getTasks() {
        return List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9");
    }

    public ReviewState[] getStates() {
        return ReviewState.values();
    }

    public QueueSort[] getSorts() {
        return QueueSort.values();
    }

    public QueueParams getParams() {
        return params;
    }

    public QueuePage getPage() {
        return page;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
