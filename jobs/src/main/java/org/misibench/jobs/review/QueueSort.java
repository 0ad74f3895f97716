package org.misibench.jobs.review;

/**
 * The queue's orders. Only orders that an index of V4 serves together with every filter
 * (item_queue, item_state_id, item_complex, item_run all end in item_id), so a page costs the
 * same at item 10 and item 200,000.
 */
public enum QueueSort {
    ID_ASC("Item id ascending", true), ID_DESC("Item id descending", false);

    private final String label;
    private final boolean ascending;

    QueueSort(String label, boolean ascending) {
        this.label = label;
        this.ascending = ascending;
    }

    public String label() {
        return label;
    }

    public boolean ascending() {
        return ascending;
    }

    /** Lenient parse of a URL parameter: anything unknown is the default order. */
    public static QueueSort parse(String name) {
        for (QueueSort s : values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        return ID_ASC;
    }
}
