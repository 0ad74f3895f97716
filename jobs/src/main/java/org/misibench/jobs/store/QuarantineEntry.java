package org.misibench.jobs.store;

/** An input a step could not use: which complex, where, and why. */
public record QuarantineEntry(String complexId, String step, String location, String reason, long jobExecutionId) {
}
