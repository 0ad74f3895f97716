package org.misibench.jobs.listeners;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Puts the reason of a failed step into the step's and the job's exit status
 * ({@code FAILED: <step>: <message>}), so that whoever started the job, the command line or the
 * console, can say why it failed without digging through logs.
 */
@Named
@Dependent
public class StepFailureListener extends AbstractStepListener {

    /** Exit statuses of failed steps start with this. */
    public static final String PREFIX = "FAILED: ";

    /** Longest exit status written: JBeret's repository column holds 512 characters. */
    static final int MAX_STATUS = 500;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Override
    public void afterStep() {
        Exception failure = stepContext.getException();
        if (failure != null) {
            String status = PREFIX + stepContext.getStepName() + ": " + describe(failure);
            if (status.length() > MAX_STATUS) {
                // the job repository keeps at most 512 characters; the log has the whole message
                status = status.substring(0, MAX_STATUS - 1) + "…";
            }
            stepContext.setExitStatus(status);
            jobContext.setExitStatus(status);
        }
    }

    private static String describe(Throwable failure) {
        Throwable t = failure;
        // batch runtimes wrap artifact exceptions; the innermost message is the one a user can act on
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
