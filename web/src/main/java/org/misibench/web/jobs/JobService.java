package org.misibench.web.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Properties;
import java.util.Set;

/**
 * Starts and inspects batch jobs in the server. Only the jobs listed here can be started from
 * the web, whatever a request names.
 */
@ApplicationScoped
public class JobService {

    /** Jobs the console and the REST API may start. */
    public static final Set<String> STARTABLE = Set.of("generate");

    private final JobOperator operator = BatchRuntime.getJobOperator();

    /** Starts {@code jobName} with {@code parameters} and returns the execution id. */
    public long start(String jobName, Properties parameters) {
        if (!STARTABLE.contains(jobName)) {
            throw new IllegalArgumentException("unknown job '" + jobName + "'; startable jobs: " + STARTABLE);
        }
        return operator.start(jobName, parameters);
    }

    public JobExecution execution(long executionId) {
        return operator.getJobExecution(executionId);
    }
}
