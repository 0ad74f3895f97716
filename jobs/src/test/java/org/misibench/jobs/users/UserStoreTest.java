package org.misibench.jobs.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.misibench.jobs.store.EmbeddedDatabase;
import org.misibench.jobs.store.SchemaMigrations;

class UserStoreTest {

    @Test
    void storesABcryptHashThatVerifiesAndReplacesItOnReset() throws Exception {
        DataSource db = EmbeddedDatabase.dataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrations.migrate(db);
        UserStore users = new UserStore(db);

        assertTrue(users.put("ada", "correct horse".toCharArray(), Role.ADMIN));
        String hash = users.passwordHash("ada").orElseThrow();
        assertTrue(hash.startsWith("$2a$12$"), hash);
        assertTrue(PasswordHash.matches("correct horse".toCharArray(), hash));
        assertFalse(PasswordHash.matches("correct hors".toCharArray(), hash));

        assertFalse(users.put("ada", "battery staple".toCharArray(), Role.CURATOR));
        assertEquals(Role.CURATOR, users.list().get(0).role());
        assertTrue(PasswordHash.matches("battery staple".toCharArray(), users.passwordHash("ada").orElseThrow()));
    }

    @Test
    void refusesUnsafeNamesAndShortPasswords() throws Exception {
        UserStore users = new UserStore(EmbeddedDatabase.dataSource("jdbc:h2:mem:unused"));
        assertThrows(IllegalArgumentException.class, () -> users.put("<script>", "long enough".toCharArray(), Role.CURATOR));
        assertThrows(IllegalArgumentException.class, () -> users.put("bob", "short".toCharArray(), Role.CURATOR));
    }
}
