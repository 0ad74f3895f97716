package org.misibench.jobs.releases;

import java.util.List;
import java.util.Map;

/**
 * What changed from release {@code from} to release {@code to}: item ids added, removed, and kept
 * with other content (another line hash), each counted in full and listed up to
 * {@link ReleaseComparison#LISTED} ids; and both releases' items per task.
 */
public record ReleaseDiff(String from, String to, int addedCount, int removedCount, int changedCount,
                          List<String> added, List<String> removed, List<String> changed,
                          Map<String, Integer> fromPerTask, Map<String, Integer> toPerTask) {

    public boolean identical() {
        return addedCount == 0 && removedCount == 0 && changedCount == 0;
    }
}
