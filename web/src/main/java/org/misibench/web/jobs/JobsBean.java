package org.misibench.web.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.List;
import org.misibench.jobs.store.QuarantineEntry;
import org.misibench.web.console.Messages;

/**
 * The jobs page (/admin/jobs.xhtml): the start form, the executions and the quarantine.
 * View-scoped so that Stop and Restart act on the row the admin saw, even when new executions
 * have appeared in the list meanwhile.
 */
@Named
@ViewScoped
public class JobsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows listed: enough for a day's work; older executions stay in the job repository. */
    static final int LISTED = 30;

    @Inject
    transient JobAdminService service;

    private final JobRequest request = new JobRequest();
    private List<ExecutionView> executions = List.of();
    private transient List<QuarantineEntry> quarantine = List.of();

    @PostConstruct
    void init() {
        reload();
    }

    public void start() {
        try {
            long id = service.start(request);
            Messages.info("Started " + request.getJob() + " as execution " + id + ".");
        } catch (RuntimeException e) {
            Messages.error("Not started", e);
        }
        reload();
    }

    public void stop(ExecutionView execution) {
        try {
            service.stop(execution.executionId());
            Messages.info("Stopping execution " + execution.executionId() + ".");
        } catch (RuntimeException e) {
            Messages.error("Execution " + execution.executionId() + " not stopped", e);
        }
        reload();
    }

    public void restart(ExecutionView execution) {
        try {
            long id = service.restart(execution.executionId());
            Messages.info("Restarted run " + execution.run() + " as execution " + id + ".");
        } catch (RuntimeException e) {
            Messages.error("Execution " + execution.executionId() + " not restarted", e);
        }
        reload();
    }

    /** Re-reads the executions and the quarantine (the Refresh button, and after every action). */
    public void reload() {
        try {
            executions = service.executions(LISTED);
            quarantine = service.quarantine(100);
        } catch (SQLException e) {
            Messages.error("Cannot read the job list", e);
        }
    }

    /** UTC to the second, or a dash for not yet. */
    public String when(java.time.Instant instant) {
        return instant == null ? "—" : instant.toString().substring(0, 19).replace('T', ' ');
    }

    public boolean isAnyRunning() {
        return executions.stream().anyMatch(ExecutionView::running);
    }

    public List<String> getJobs() {
        return JobService.JOBS;
    }

    public JobRequest getRequest() {
        return request;
    }

    public List<ExecutionView> getExecutions() {
        return executions;
    }

    public List<QuarantineEntry> getQuarantine() {
        return quarantine == null ? List.of() : quarantine;
    }
}
