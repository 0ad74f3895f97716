package org.misibench.jobs.review;

/**
 * A saved filter was refused (its name, a duplicate, too many) or not found among the caller's.
 * Nothing was written; the message is for the curator. Checked, so that in WildFly it is an
 * application exception: shown on the page, not logged as a server error.
 */
public final class SavedFilterException extends Exception {

    private static final long serialVersionUID = 1L;

    public SavedFilterException(String message) {
        super(message);
    }

    SavedFilterException(String message, Throwable cause) {
        super(message, cause);
    }
}
