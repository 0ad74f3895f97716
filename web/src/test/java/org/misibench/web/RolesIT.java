package org.misibench.web;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.misibench.jobs.review.BulkSelection;
import org.misibench.jobs.review.QueueFilter;
import org.misibench.jobs.review.ReviewDecision;
import org.misibench.jobs.review.ReviewState;
import org.misibench.jobs.users.Role;
import org.misibench.web.admin.UserAdminService;
import org.misibench.web.jobs.JobAdminService;
import org.misibench.web.jobs.JobRequest;
import org.misibench.web.releases.ReleaseAdminService;
import org.misibench.web.review.BulkReviewService;
import org.misibench.web.review.ReviewService;

/**
 * In the server, without a signed-in caller: the services refuse by themselves (@RolesAllowed on
 * the EJBs), so a page or endpoint that forgot its URL constraint still could not use them.
 */
@ExtendWith(ArquillianExtension.class)
class RolesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWarForInContainerTests();
    }

    @Inject
    UserAdminService users;

    @Inject
    ReviewService reviews;

    @Inject
    BulkReviewService bulk;

    @Inject
    JobAdminService jobs;

    @Inject
    ReleaseAdminService releases;

    @Test
    void theServicesRefuseACallerWithoutTheRole() {
        assertThrows(EJBAccessException.class, () -> users.users());
        assertThrows(EJBAccessException.class, () -> users.put("mallory", "takeover123".toCharArray(), Role.ADMIN));
        assertThrows(EJBAccessException.class,
                () -> reviews.decide(new ReviewDecision("t1-0000000000000000", 0, ReviewState.APPROVED, null)));
        assertThrows(EJBAccessException.class, () -> bulk.select(QueueFilter.all()));
        assertThrows(EJBAccessException.class,
                () -> bulk.apply(new BulkSelection(List.of(), false), ReviewState.APPROVED, null));
        assertThrows(EJBAccessException.class, () -> jobs.start(new JobRequest()));
        assertThrows(EJBAccessException.class, () -> jobs.executions(10));
        assertThrows(EJBAccessException.class, () -> jobs.stop(1));
        assertThrows(EJBAccessException.class, () -> jobs.restart(1));
        assertThrows(EJBAccessException.class, () -> releases.freeze("stolen"));
        assertThrows(EJBAccessException.class, () -> releases.releases());
    }

    @Inject
    org.misibench.web.review.SavedFilterService savedFilters;

    @Test
    void savedFiltersRefuseACallerWithoutTheCuratorRole() {
        assertThrows(EJBAccessException.class, () -> savedFilters.mine());
        assertThrows(EJBAccessException.class, () -> savedFilters.save("mine", QueueFilter.all()));
        assertThrows(EJBAccessException.class, () -> savedFilters.delete(1));
    }
}
