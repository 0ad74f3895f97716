package org.misibench.web.review;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.misibench.jobs.review.ItemQueue;
import org.misibench.jobs.review.QueueFilter;
import org.misibench.jobs.review.SavedFilter;
import org.misibench.jobs.review.SavedFilterException;
import org.misibench.jobs.review.SavedFilterStore;

/**
 * The signed-in curator's saved queue filters. An EJB like {@link ReviewService}: the role is
 * checked on every call, and the owner is always the caller, never a value from the form, so a
 * hand-posted request naming another curator's filter finds nothing to delete.
 */
@Stateless
@RolesAllowed("curator")
public class SavedFilterService {

    @Inject
    DataSource dataSource;

    @Resource
    SessionContext caller;

    /** The caller's filters by name, each with its live count. */
    public List<SavedFilterRow> mine() {
        try {
            ItemQueue queue = new ItemQueue(dataSource);
            List<SavedFilterRow> rows = new ArrayList<>();
            for (SavedFilter saved : store().list(owner())) {
                rows.add(new SavedFilterRow(saved, queue.count(saved.filter())));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read your saved filters: " + e.getMessage(), e);
        }
    }

    public SavedFilter save(String name, QueueFilter filter) throws SavedFilterException {
        try {
            return store().save(owner(), name, filter);
        } catch (SQLException e) {
            throw new IllegalStateException("the filter was not saved: " + e.getMessage(), e);
        }
    }

    /** Deletes the caller's filter {@code id}; refused when the caller has none with that id. */
    public void delete(long id) throws SavedFilterException {
        try {
            store().delete(owner(), id);
        } catch (SQLException e) {
            throw new IllegalStateException("the filter was not deleted: " + e.getMessage(), e);
        }
    }

    private SavedFilterStore store() {
        return new SavedFilterStore(dataSource);
    }

    private String owner() {
        return caller.getCallerPrincipal().getName();
    }
}
