package org.misibench.web.jobs;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.misibench.jobs.store.QuarantineEntry;
import org.misibench.jobs.store.QuarantineStore;
import org.misibench.jobs.store.RunProgressStore;

/**
 * Job control for admins: start, stop, restart, and what ran. An EJB so that the container
 * checks the admin role on every call, whichever page or endpoint makes it. No transaction: a job
 * runs on its own threads and must not be tied to the request that started it.
 */
@Stateless
@RolesAllowed("admin")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobAdminService {

    /** The step whose progress the generation jobs record (MISI.RUN_PROGRESS). */
    static final String PROGRESS_STEP = "generate-items";

    @Inject
    JobService jobs;

    @Inject
    DataSource dataSource;

    @Resource
    SessionContext caller;

    /** Starts the request's job; the export records the signed-in admin as who froze the release. */
    public long start(JobRequest request) {
        return jobs.start(request.getJob(), request.parameters(caller.getCallerPrincipal().getName()));
    }

    public void stop(long executionId) {
        startable(executionId);
        jobs.operator().stop(executionId);
    }

    /** Restarts a failed or stopped execution with its own parameters; returns the new execution id. */
    public long restart(long executionId) {
        JobExecution execution = startable(executionId);
        Properties parameters = execution.getJobParameters();
        return jobs.operator().restart(executionId, parameters == null ? new Properties() : parameters);
    }

    /** The latest {@code limit} executions of the startable jobs, newest first. */
    public List<ExecutionView> executions(int limit) throws SQLException {
        JobOperator operator = jobs.operator();
        RunProgressStore progress = new RunProgressStore(dataSource);
        List<ExecutionView> views = new ArrayList<>();
        for (String name : JobService.JOBS) {
            List<JobInstance> instances;
            try {
                instances = operator.getJobInstances(name, 0, limit);
            } catch (NoSuchJobException e) {
                continue; // never run in this server
            }
            for (JobInstance instance : instances) {
                List<JobExecution> executions = operator.getJobExecutions(instance);
                long latest = executions.stream().mapToLong(JobExecution::getExecutionId).max().orElse(-1);
                RunProgressStore.Progress p = progress.progress(instance.getInstanceId(), PROGRESS_STEP);
                for (JobExecution e : executions) {
                    String status = e.getBatchStatus().name();
                    views.add(new ExecutionView(e.getExecutionId(), instance.getInstanceId(), name, status,
                            e.getExitStatus(), instant(e.getStartTime()), instant(e.getEndTime()), p.complexesDone(),
                            p.complexesTotal(), p.items(), p.images(), e.getExecutionId() == latest
                            && (status.equals("FAILED") || status.equals("STOPPED"))));
                }
            }
        }
        views.sort(Comparator.comparingLong(ExecutionView::executionId).reversed());
        return views.size() > limit ? new ArrayList<>(views.subList(0, limit)) : views;
    }

    public List<QuarantineEntry> quarantine(int limit) throws SQLException {
        return new QuarantineStore(dataSource).recent(limit);
    }

    /** The execution, if it belongs to a job the console may control. */
    private JobExecution startable(long executionId) {
        JobExecution execution = jobs.execution(executionId);
        if (!JobService.STARTABLE.contains(execution.getJobName())) {
            throw new IllegalArgumentException("execution " + executionId + " is not a console job");
        }
        return execution;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
