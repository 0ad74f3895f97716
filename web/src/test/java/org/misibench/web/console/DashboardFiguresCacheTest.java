package org.misibench.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misibench.jobs.store.EmbeddedDatabase;
import org.misibench.jobs.store.SchemaMigrations;

/** The dashboard's shared figures against a real H2 with the real schema. */
class DashboardFiguresCacheTest {

    DataSource db;
    Instant now = Instant.parse("2026-11-25T08:00:00Z");
    int nextId;

    @BeforeEach
    void database() {
        db = EmbeddedDatabase.dataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrations.migrate(db);
    }

    @Test
    void unchangedItemsAreNotCountedAgain() throws Exception {
        insert("T4", "train", 3);
        DashboardFiguresCache cache = cacheAt(now);
        DashboardFigures first = cache.figures();
        assertEquals(3, first.count("T4", "train", "pending"));
        assertSame(first, cache.figures(), "the same figures while no item changed");
    }

    @Test
    void aChangeShowsOnceTheRecountIsNoLongerYoung() throws Exception {
        insert("T1", "test", 2);
        DashboardFiguresCache cache = cacheAt(now);
        assertEquals(2, cache.figures().count("all", "all", "all"));
        insert("T1", "test", 5);
        // this clock stands still during the recount: it took no time, so nothing is kept
        assertEquals(7, cache.figures().count("T1", "test", "pending"));
        assertEquals(7, cache.figures().count("all", "test", "all"));
        assertEquals(0, cache.figures().count("T1", "train", "all"));
    }

    @Test
    void slowRecountsAreKeptFiveTimesTheirDurationAndNeverLongerThanTenSeconds() {
        assertEquals(Duration.ofMillis(100), DashboardFiguresCache.keepFor(Duration.ofMillis(20)));
        assertEquals(Duration.ofSeconds(5), DashboardFiguresCache.keepFor(Duration.ofSeconds(1)));
        assertEquals(DashboardFiguresCache.MAX_AGE, DashboardFiguresCache.keepFor(Duration.ofSeconds(3)));
        assertEquals(Duration.ZERO, DashboardFiguresCache.keepFor(Duration.ZERO));
    }

    private DashboardFiguresCache cacheAt(Instant instant) {
        return new DashboardFiguresCache(db, Clock.fixed(instant, ZoneOffset.UTC));
    }

    /** {@code n} pending items of one task and split, each written one second after the last. */
    private void insert(String task, String split, int n) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO misi.item"
                + " (item_id, task, split, complex_id, run_id, job_execution_id, answer, item_json, json_sha256,"
                + " created_at, updated_at) VALUES (?, ?, ?, 'c1', 1, 1, 'move x 3', '{}', ?, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                now = now.plusSeconds(1);
                s.setString(1, "t-" + nextId++);
                s.setString(2, task);
                s.setString(3, split);
                s.setString(4, "d".repeat(64));
                s.setTimestamp(5, Timestamp.from(now));
                s.setTimestamp(6, Timestamp.from(now));
                s.executeUpdate();
            }
        }
    }
}
