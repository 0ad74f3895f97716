package org.misibench.jobs.releases;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.misibench.release.ReleaseItem;

/**
 * Passes the export's items through to the release writer and registers each one in
 * MISI.RELEASE_ITEM on the way, in batches: the register then lists exactly the items written,
 * even when curators approve more while the export runs, and no release is held in memory.
 */
public final class RecordingItems implements Iterator<ReleaseItem> {

    private static final int BATCH = 500;

    private final Iterator<ReleaseItem> items;
    private final ReleaseStore store;
    private final String name;
    private final List<ReleaseItem> pending = new ArrayList<>();

    public RecordingItems(Iterator<ReleaseItem> items, ReleaseStore store, String name) {
        this.items = items;
        this.store = store;
        this.name = name;
    }

    @Override
    public boolean hasNext() {
        boolean more = items.hasNext();
        if (!more) {
            flush();
        }
        return more;
    }

    @Override
    public ReleaseItem next() {
        ReleaseItem item = items.next();
        pending.add(item);
        if (pending.size() >= BATCH) {
            flush();
        }
        return item;
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            store.addItems(name, pending);
        } catch (SQLException e) {
            throw new IllegalStateException("register the items of release " + name + ": " + e.getMessage(), e);
        }
        pending.clear();
    }
}
