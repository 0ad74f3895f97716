package org.misibench.web.jobs;

import java.io.Serializable;
import java.time.Instant;

/**
 * One job execution as the jobs page lists it: JBeret's status beside the generation progress
 * the steps record per run (MISI.RUN_PROGRESS). {@code run} is the job instance id, which restarts
 * share and which the items carry as their run. {@code restartable}: JBeret restarts only the latest
 * execution of an instance, and only a failed or stopped one.
 */
public record ExecutionView(long executionId, long run, String job, String status, String exitStatus, Instant started,
                            Instant ended, int complexesDone, int complexesTotal, long items, long images,
                            boolean restartable)
        implements Serializable {

    public boolean running() {
        return status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING");
    }

    public boolean hasProgress() {
        return complexesTotal > 0;
    }

    /** Done share in percent, for the progress bar's width. */
    public int percent() {
        return complexesTotal == 0 ? 0 : (int) Math.round(100.0 * complexesDone / complexesTotal);
    }
}
