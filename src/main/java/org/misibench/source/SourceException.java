package org.misibench.source;

/**
 * An input that cannot be used, with the file it concerns and the reason in words. Batch jobs
 * record both in their quarantine and go on with the rest.
 */
public class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final Problem problem;
    private final String reason;

    public SourceException(String location, Problem problem, String reason) {
        this(location, problem, reason, null);
    }

    public SourceException(String location, Problem problem, String reason, Throwable cause) {
        super(location + ": " + reason, cause);
        this.location = location;
        this.problem = problem;
        this.reason = reason;
    }

    /** What kind of problem it is. */
    public Problem problem() {
        return problem;
    }

    /** The file or folder the problem is in. */
    public String location() {
        return location;
    }

    /** What is wrong with it. */
    public String reason() {
        return reason;
    }
}
