package org.misibench.jobs.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.misibench.jobs.store.EmbeddedDatabase;
import org.misibench.jobs.store.SchemaMigrations;
import org.misibench.release.ReleaseItem;

class ReleaseRegisterTest {

    private static DataSource freshDatabase() {
        DataSource ds = EmbeddedDatabase.dataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrations.migrate(ds);
        return ds;
    }

    private static ReleaseItem item(String id, String task, String content) {
        return new ReleaseItem(id, task, "test", "1aku", List.of(), "{\"id\":\"" + id + "\",\"c\":\"" + content + "\"}");
    }

    private static void register(DataSource db, String name, List<ReleaseItem> items) throws Exception {
        ReleaseStore store = new ReleaseStore(db);
        store.clearUnfinished(name);
        RecordingItems recording = new RecordingItems(items.iterator(), store, name);
        while (recording.hasNext()) {
            recording.next();
        }
        store.finish(new ReleaseRecord(name, Instant.parse("2026-01-02T03:04:05Z"), "ada", "approved", items.size(), 0,
                "e".repeat(64), 7));
    }

    @Test
    void theRecordingIteratorRegistersEveryItemItPasses() throws Exception {
        DataSource db = freshDatabase();
        register(db, "v1", List.of(item("t1-a", "T1", "x"), item("t1-b", "T1", "x"), item("t9-c", "T9", "x")));

        ReleaseRecord v1 = new ReleaseStore(db).find("v1").orElseThrow();
        assertEquals("ada", v1.createdBy());
        assertEquals(3, v1.items());
        assertEquals(Map.of("T1", 2, "T9", 1), new ReleaseStore(db).countsPerTask("v1"));
    }

    @Test
    void twoReleasesCompareByIdAndLineHash() throws Exception {
        DataSource db = freshDatabase();
        register(db, "v1", List.of(item("t1-a", "T1", "x"), item("t1-b", "T1", "x"), item("t2-c", "T2", "x")));
        register(db, "v2", List.of(item("t1-a", "T1", "x"), item("t2-c", "T2", "changed"), item("t9-d", "T9", "x")));

        ReleaseDiff diff = new ReleaseComparison(db).compare("v1", "v2");
        assertEquals(List.of("t9-d"), diff.added());
        assertEquals(List.of("t1-b"), diff.removed());
        assertEquals(List.of("t2-c"), diff.changed());
        assertEquals(List.of(1, 1, 1), List.of(diff.addedCount(), diff.removedCount(), diff.changedCount()));
        assertEquals(Map.of("T1", 2, "T2", 1), diff.fromPerTask());
        assertEquals(Map.of("T1", 1, "T2", 1, "T9", 1), diff.toPerTask());
        assertTrue(new ReleaseComparison(db).compare("v2", "v2").identical());
        assertThrows(IllegalArgumentException.class, () -> new ReleaseComparison(db).compare("v1", "v3"));
    }

    @Test
    void itemRowsOfAnUnfinishedExportAreClearedByTheNextAttempt() throws Exception {
        DataSource db = freshDatabase();
        ReleaseStore store = new ReleaseStore(db);
        store.addItems("v1", List.of(item("t1-a", "T1", "x")));
        assertTrue(store.list().isEmpty(), "not listed before it is finished");
        register(db, "v1", List.of(item("t1-a", "T1", "x"), item("t1-b", "T1", "x")));
        assertEquals(Map.of("T1", 2), store.countsPerTask("v1"));
        assertEquals(List.of("v1"), store.list().stream().map(ReleaseRecord::name).toList());
    }
}
