package org.misibench.jobs.review;

import java.util.Locale;

/** Where an item stands in review (MISI.ITEM.review_state). Only approved items go into releases. */
public enum ReviewState {
    PENDING, APPROVED, FLAGGED, REJECTED;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewState of(String name) {
        for (ReviewState s : values()) {
            if (s.dbName().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown review state '" + name + "'");
    }
}
