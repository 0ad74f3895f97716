package org.misibench.scoring;

/**
 * A release or predictions file that cannot be scored at all (missing, unreadable, or a release whose
 * items are not in the release format). The message names the file (and line, where there is one) and the
 * reason, so a command line can print it as one line.
 */
public final class ScoringInputException extends Exception {

    private final String location;
    private final String reason;

    public ScoringInputException(String location, String reason) {
        super(location + ": " + reason);
        this.location = location;
        this.reason = reason;
    }

    /** The file, or {@code file:line}. */
    public String location() {
        return location;
    }

    public String reason() {
        return reason;
    }
}
