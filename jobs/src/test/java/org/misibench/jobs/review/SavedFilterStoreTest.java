package org.misibench.jobs.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SavedFilterStoreTest {

    private DataSource db;
    private SavedFilterStore store;

    @BeforeEach
    void curators() throws Exception {
        db = TestItems.freshDatabase();
        store = new SavedFilterStore(db);
        for (String name : List.of("cora", "ben")) {
            try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                    "INSERT INTO misi.app_user (username, password_hash, role, created_at) VALUES (?, 'x', 'curator', ?)")) {
                s.setString(1, name);
                s.setTimestamp(2, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
        }
    }

    @Test
    void savedFiltersComeBackWithEveryFieldInNameOrder() throws Exception {
        QueueFilter flagged = new QueueFilter("T4", "test", ReviewState.FLAGGED, "1aku", 3L, QueueSort.ID_DESC);
        store.save("cora", "  flagged T4 of 1aku ", flagged);
        store.save("cora", "All", QueueFilter.all());
        store.save("cora", "b-side", new QueueFilter(null, "train", null, null, null, null));

        List<SavedFilter> saved = store.list("cora");
        assertEquals(List.of("All", "b-side", "flagged T4 of 1aku"), saved.stream().map(SavedFilter::name).toList(),
                "by name ignoring case, surrounding blanks dropped");
        assertEquals(QueueFilter.all(), saved.get(0).filter());
        assertEquals(new QueueFilter(null, "train", null, null, null, QueueSort.ID_ASC), saved.get(1).filter());
        assertEquals(flagged, saved.get(2).filter());
        assertEquals("cora", saved.get(2).owner());
    }

    @Test
    void aNameIsNeededAtMostSixtyCharactersAndUniquePerCuratorInAnyCase() throws Exception {
        assertEquals("a saved filter needs a name", refused(() -> store.save("cora", "  ", QueueFilter.all())));
        assertEquals("a saved filter needs a name", refused(() -> store.save("cora", null, QueueFilter.all())));
        assertEquals("the name has 61 characters; at most 60", refused(() -> store.save("cora", "x".repeat(61), QueueFilter.all())));
        assertEquals("the name contains a control character", refused(() -> store.save("cora", "two\nlines", QueueFilter.all())));
        store.save("cora", "x".repeat(60), QueueFilter.all());

        store.save("cora", "Hard T4", QueueFilter.all());
        assertEquals("you already have a saved filter named 'hard t4'",
                refused(() -> store.save("cora", "hard t4", QueueFilter.all().withState(ReviewState.PENDING))));
        store.save("ben", "Hard T4", QueueFilter.all());
        assertEquals(2, store.list("cora").size());
        assertEquals(1, store.list("ben").size());
    }

    @Test
    void aCuratorSeesAndDeletesOnlyTheirOwnFilters() throws Exception {
        SavedFilter coras = store.save("cora", "mine", QueueFilter.all());
        SavedFilter bens = store.save("ben", "his", QueueFilter.all());
        assertEquals(List.of("his"), store.list("ben").stream().map(SavedFilter::name).toList());

        assertEquals("you have no saved filter " + coras.id(), refused(() -> store.delete("ben", coras.id())));
        assertEquals(List.of(coras.id()), store.list("cora").stream().map(SavedFilter::id).toList(), "still there");

        store.delete("cora", coras.id());
        assertEquals(List.of(), store.list("cora"));
        assertEquals("you have no saved filter " + coras.id(), refused(() -> store.delete("cora", coras.id())));
        assertEquals(List.of(bens.id()), store.list("ben").stream().map(SavedFilter::id).toList());
    }

    @Test
    void aCuratorKeepsAtMostTwentyAndOnlyUsersOwnFilters() throws Exception {
        for (int i = 0; i < SavedFilterStore.MAX_PER_OWNER; i++) {
            store.save("cora", "filter " + i, QueueFilter.all());
        }
        String message = refused(() -> store.save("cora", "one more", QueueFilter.all()));
        assertTrue(message.startsWith("you have 20 saved filters"), message);
        store.save("ben", "one more", QueueFilter.all());
        assertEquals("no user 'mallory'", refused(() -> store.save("mallory", "sneaky", QueueFilter.all())));
    }

    /** Markup is kept as typed: the page escapes it (tested in the console's browser test). */
    @Test
    void aNameWithMarkupIsStoredAsTyped() throws Exception {
        String name = "<script>alert(1)</script> & \"T4\"";
        store.save("cora", name, QueueFilter.all());
        assertEquals(name, store.list("cora").get(0).name());
    }

    private interface Refusable {
        void run() throws Exception;
    }

    private static String refused(Refusable action) {
        return assertThrows(SavedFilterException.class, action::run).getMessage();
    }
}
