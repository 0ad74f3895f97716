package org.misibench.jobs.releases;

import java.time.Instant;

/**
 * One frozen release as registered: who froze which review state when, how much it holds, and
 * the SHA-256 of its {@code SHA256SUMS} file, which pins every other file of the folder.
 */
public record ReleaseRecord(String name, Instant createdAt, String createdBy, String state, int items, int images,
                            String sha256sumsSha256, long jobExecutionId) {
}
