package org.misibench.jobs.se;

import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;

/** How a job execution ended, as the runner reports it. */
public record JobOutcome(String jobName, long executionId, BatchStatus status, String exitStatus, Duration duration) {

    public boolean completed() {
        return status == BatchStatus.COMPLETED;
    }

    /** One line for a person: what ran, how it ended, and why if it failed. */
    public String describe() {
        String line = jobName + " execution " + executionId + ": " + status;
        if (exitStatus != null && !exitStatus.equals(status.name())) {
            line += " (" + exitStatus + ")";
        }
        return line + String.format(" in %.1f s", duration.toMillis() / 1000.0);
    }
}
