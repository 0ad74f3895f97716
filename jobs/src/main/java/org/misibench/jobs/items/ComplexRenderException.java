package org.misibench.jobs.items;

/**
 * A complex whose images could not be rendered or stored: skippable, so the complex is
 * quarantined with this message and the run goes on with the others.
 */
public class ComplexRenderException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String complexId;

    public ComplexRenderException(String complexId, Throwable cause) {
        super(complexId + ": images could not be rendered or stored: " + cause.getMessage(), cause);
        this.complexId = complexId;
    }

    public String complexId() {
        return complexId;
    }
}
