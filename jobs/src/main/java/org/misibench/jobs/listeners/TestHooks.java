package org.misibench.jobs.listeners;

/**
 * The crash-injection hooks the processors honour (JBeret's own tests inject failures through job
 * parameters the same way): crash, not skip, on one complex, and slow every complex down so a test
 * can kill the runner mid-run. Both are off unless a job parameter sets them.
 */
public final class TestHooks {

    private TestHooks() {
    }

    /**
     * @param complexId      the complex being processed
     * @param failOn         crash on this complex id (blank: never)
     * @param slowdownMillis sleep this long first (blank or 0: not at all)
     * @param parameter      the job parameter's name, for the message
     */
    public static void apply(String complexId, String failOn, String slowdownMillis, String parameter)
            throws InterruptedException {
        if (complexId.equals(failOn)) {
            throw new InjectedFailure("injected failure on complex " + complexId + " (job parameter " + parameter + ")");
        }
        if (slowdownMillis != null && !slowdownMillis.isBlank() && Long.parseLong(slowdownMillis.trim()) > 0) {
            Thread.sleep(Long.parseLong(slowdownMillis.trim()));
        }
    }

    /** The crash a test asked for; deliberately not skippable. */
    public static final class InjectedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFailure(String message) {
            super(message);
        }
    }
}
