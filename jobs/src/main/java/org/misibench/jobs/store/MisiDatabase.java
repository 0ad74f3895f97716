package org.misibench.jobs.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Produces the {@link DataSource} every store writes through, in both runtimes:
 * <ul>
 *   <li>on JBeret SE the runner sets {@value #URL_PROPERTY} to an embedded H2 file URL;</li>
 *   <li>in WildFly the datasource {@value #JNDI_NAME} is defined by {@code config/wildfly/misi-server.cli}.</li>
 * </ul>
 * In WildFly the connection joins the chunk's JTA transaction; on SE (which has no JTA) it is in
 * auto-commit mode, which is safe because every write is an idempotent upsert.
 */
@ApplicationScoped
public class MisiDatabase {

    /** System property with the JDBC URL of the embedded database (SE runner only). */
    public static final String URL_PROPERTY = "misi.db.url";

    /** JNDI name of the server's datasource. */
    public static final String JNDI_NAME = "java:jboss/datasources/MisiDS";

    /** The schema Flyway owns; every MiSI table is qualified with it. */
    public static final String SCHEMA = "MISI";

    @Produces
    @ApplicationScoped
    DataSource dataSource() {
        String url = System.getProperty(URL_PROPERTY);
        if (url != null) {
            return EmbeddedDatabase.dataSource(url);
        }
        try {
            return (DataSource) new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("no MiSI database: neither the system property " + URL_PROPERTY
                    + " (embedded runner) nor the datasource " + JNDI_NAME + " (WildFly) is set", e);
        }
    }
}
