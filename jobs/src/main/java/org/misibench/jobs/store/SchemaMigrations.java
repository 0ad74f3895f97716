package org.misibench.jobs.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the MISI schema up to date with the migrations in {@code db/misi} (Flyway). Both
 * runtimes call it before any job runs: the SE runner at start-up, the WAR at deployment.
 */
public final class SchemaMigrations {

    static final String LOCATION = "classpath:db/misi";

    private SchemaMigrations() {
    }

    /** Applies pending migrations and returns how many ran. */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(MisiDatabase.SCHEMA)
                .locations(LOCATION)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}
