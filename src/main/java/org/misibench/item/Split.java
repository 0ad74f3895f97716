package org.misibench.item;

import java.util.Locale;

/** The two splits of the benchmark: models are fine-tuned on {@code train} and scored on {@code test}. */
public enum Split {
    TRAIN, TEST;

    /** {@code train} or {@code test}, as written in items and file names. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The split named {@code text} (case-insensitive). */
    public static Split parse(String text) {
        for (Split s : values()) {
            if (s.id().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown split '" + text + "' (train or test)");
    }
}
