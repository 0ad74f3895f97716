package org.misibench.web.releases;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.misibench.jobs.export.ReleaseNames;
import org.misibench.jobs.releases.ReleaseComparison;
import org.misibench.jobs.releases.ReleaseDiff;
import org.misibench.jobs.releases.ReleaseRecord;
import org.misibench.jobs.releases.ReleaseStore;
import org.misibench.web.jobs.JobService;

/**
 * Releases for admins. Freezing a release is the export job with state {@code approved} and the
 * release's name: the job writes the folder and registers what went in, so a release frozen here
 * and one made with {@code ./misi release} are the same thing. Role checked by the container.
 */
@Stateless
@RolesAllowed("admin")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReleaseAdminService {

    @Inject
    JobService jobs;

    @Inject
    DataSource dataSource;

    @Resource
    SessionContext caller;

    /** Starts the export of the approved items as release {@code name}; returns the execution id. */
    public long freeze(String name) throws SQLException {
        String checked = ReleaseNames.check(name == null ? null : name.strip());
        if (checked.equals(ReleaseNames.DRAFT)) {
            throw new IllegalArgumentException("'draft' is the release generate-benchmark replaces; choose another name");
        }
        if (new ReleaseStore(dataSource).find(checked).isPresent()) {
            throw new IllegalArgumentException("there is already a release " + checked + ": releases are never overwritten");
        }
        Properties parameters = new Properties();
        parameters.setProperty("release", checked);
        parameters.setProperty("state", "approved");
        parameters.setProperty("requestedBy", caller.getCallerPrincipal().getName());
        return jobs.start("export", parameters);
    }

    public List<ReleaseRecord> releases() throws SQLException {
        return new ReleaseStore(dataSource).list();
    }

    public ReleaseDiff compare(String from, String to) throws SQLException {
        return new ReleaseComparison(dataSource).compare(from, to);
    }

    /** Status and exit status of an export this page started, for the "freezing…" line. */
    public String exportStatus(long executionId) {
        var e = jobs.execution(executionId);
        return e.getBatchStatus().name() + (e.getExitStatus() == null ? "" : ": " + e.getExitStatus());
    }
}
