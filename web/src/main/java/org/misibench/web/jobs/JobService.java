package org.misibench.web.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Starts and inspects batch jobs in the server. Only the jobs listed here can be started from
 * the web, whatever a request names. Who may call it is checked by its callers (the admin EJBs,
 * the admin-only REST resource): this class only knows about jobs.
 */
@ApplicationScoped
public class JobService {

    /** Jobs the console and the REST API may start, in the order the jobs page offers them. */
    public static final List<String> JOBS = List.of("prepare", "generate", "generate-benchmark", "export");

    /** The same, for membership checks. */
    public static final Set<String> STARTABLE = Set.copyOf(JOBS);

    private final JobOperator operator = BatchRuntime.getJobOperator();

    /** Starts {@code jobName} with {@code parameters} and returns the execution id. */
    public long start(String jobName, Properties parameters) {
        if (!STARTABLE.contains(jobName)) {
            throw new IllegalArgumentException("unknown job '" + jobName + "'; startable jobs: " + JOBS);
        }
        return operator.start(jobName, parameters);
    }

    public JobExecution execution(long executionId) {
        return operator.getJobExecution(executionId);
    }

    public JobOperator operator() {
        return operator;
    }
}
