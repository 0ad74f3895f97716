package org.misibench.web.review;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.misibench.jobs.review.BulkReview;
import org.misibench.jobs.review.BulkSelection;
import org.misibench.jobs.review.QueueFilter;
import org.misibench.jobs.review.ReviewState;

/**
 * Bulk decisions on a filtered selection. An EJB for the same reasons as {@link ReviewService}:
 * the role is checked on every call, the reviewer is the signed-in caller, and all the state
 * changes and trail lines of one bulk action commit together or not at all.
 */
@Stateless
@RolesAllowed("curator")
public class BulkReviewService {

    @Inject
    DataSource dataSource;

    @Resource
    SessionContext caller;

    public BulkSelection select(QueueFilter filter) {
        try {
            return new BulkReview(dataSource).select(filter);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot select the items: " + e.getMessage(), e);
        }
    }

    /** Applies {@code toState} to the items of {@code shown} that are unchanged since; returns how many. */
    public int apply(BulkSelection shown, ReviewState toState, String comment) {
        try {
            return new BulkReview(dataSource).apply(shown, toState, comment, caller.getCallerPrincipal().getName());
        } catch (SQLException e) {
            throw new IllegalStateException("the bulk decision was not recorded: " + e.getMessage(), e);
        }
    }
}
