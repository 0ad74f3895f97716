package org.misibench.web.review;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.misibench.jobs.review.ReviewConflictException;
import org.misibench.jobs.review.ReviewDecision;
import org.misibench.jobs.review.ReviewEntry;
import org.misibench.jobs.review.ReviewStore;

/**
 * Records curators' decisions. An EJB so that the container checks the role on every call (not
 * only the page's URL) and runs the state change and its audit line in one JTA transaction; the
 * reviewer is the signed-in caller, never a value from the form.
 */
@Stateless
@RolesAllowed("curator")
public class ReviewService {

    @Inject
    DataSource dataSource;

    @Resource
    SessionContext caller;

    /**
     * Applies {@code decision}, or throws {@link ReviewConflictException} when the item changed
     * meanwhile (nothing was written then). A database error becomes an unchecked exception so the
     * container rolls back: a state change must never commit without its audit line.
     */
    public ReviewEntry decide(ReviewDecision decision) throws ReviewConflictException {
        try {
            return new ReviewStore(dataSource).decide(decision, caller.getCallerPrincipal().getName());
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the review of " + decision.itemId() + ": " + e.getMessage(), e);
        }
    }
}
