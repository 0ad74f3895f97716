package org.misibench.web.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import org.misibench.jobs.review.QueueFilter;
import org.misibench.jobs.review.SavedFilter;
import org.misibench.jobs.review.SavedFilterException;
import org.misibench.web.console.Messages;

/**
 * The saved filters on the queue page: the curator's own as links with their counts, "save this
 * filter" and delete. The forms post the queue's filter back in hidden fields (the view
 * parameters read them), so a refused save shows the same queue with the message, and a done
 * one redirects to it (a reload then repeats no POST).
 */
@Named
@RequestScoped
public class SavedFiltersBean {

    /** The request parameter that names the filter to delete: each row's form posts its own id. */
    static final String DELETE_PARAMETER = "savedFilter";

    @Inject
    SavedFilterService service;

    @Inject
    QueueBean queue;

    private List<SavedFilterRow> saved;
    private String name;

    public List<SavedFilterRow> getSaved() {
        if (saved == null) {
            saved = service.mine();
        }
        return saved;
    }

    /** Saves the filter the page shows under {@link #getName() name}. */
    public void save() throws SQLException, IOException {
        QueueFilter filter;
        try {
            filter = queue.getParams().toFilter();
        } catch (IllegalArgumentException e) {
            showAgain("Not saved: " + e.getMessage());
            return;
        }
        try {
            SavedFilter done = service.save(name, filter);
            backToQueue("Saved the filter as '" + done.name() + "'.");
        } catch (SavedFilterException e) {
            showAgain("Not saved: " + e.getMessage());
        }
    }

    /**
     * Deletes the filter the row's form names. The id comes from the request, so it could name any
     * filter: the service deletes only the caller's own.
     */
    public void delete() throws SQLException, IOException {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(DELETE_PARAMETER);
        try {
            service.delete(parseId(id));
            backToQueue("Deleted the saved filter.");
        } catch (SavedFilterException e) {
            showAgain("Not deleted: " + e.getMessage());
        }
    }

    /** Stays on the posted page, showing the queue it was posted from and the reason. */
    private void showAgain(String error) throws SQLException {
        Messages.error(error);
        queue.load();
    }

    private void backToQueue(String info) throws IOException {
        Messages.info(info);
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.getFlash().setKeepMessages(true);
        String query = queue.getParams().query();
        context.redirect(context.getRequestContextPath() + "/queue.xhtml" + (query.isEmpty() ? "" : "?" + query));
    }

    private static long parseId(String id) throws SavedFilterException {
        try {
            return Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new SavedFilterException("'" + id + "' is not a saved filter's number");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDeleteParameter() {
        return DELETE_PARAMETER;
    }
}
