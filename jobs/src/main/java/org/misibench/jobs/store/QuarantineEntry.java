package org.misibench.jobs.store;

/** An input a step could not use: which complex, where, what kind of problem, and why in words. */
public record QuarantineEntry(String complexId, String step, String location, String problem, String reason,
                              long jobExecutionId) {
}
