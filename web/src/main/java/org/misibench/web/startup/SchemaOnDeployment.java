package org.misibench.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.misibench.jobs.store.SchemaMigrations;

/**
 * Brings the MISI schema up to date when the application starts, before the first request or
 * job: the same Flyway migrations the SE runner applies.
 */
@ApplicationScoped
public class SchemaOnDeployment {

    private static final Logger LOG = Logger.getLogger(SchemaOnDeployment.class.getName());

    @Inject
    DataSource dataSource;

    void migrate(@Observes Startup startup) {
        int applied = SchemaMigrations.migrate(dataSource);
        LOG.info("MISI schema up to date (" + applied + " migrations applied now)");
    }
}
