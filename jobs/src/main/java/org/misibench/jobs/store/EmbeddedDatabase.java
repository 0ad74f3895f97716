package org.misibench.jobs.store;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded H2 file database of the SE runner. Kept apart from {@link MisiDatabase} because
 * only the SE runtime has the H2 classes; in WildFly the server's H2 module serves the datasource.
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /**
     * The JDBC URL of the database file {@code <dir>/misi.mv.db}. {@code DB_CLOSE_DELAY=-1} keeps
     * it open between connections (without it every repository call reopens the file, 3x slower);
     * {@code AUTO_SERVER=TRUE} lets a second process (the console, a second runner) open it too.
     */
    public static String url(Path dir) {
        return "jdbc:h2:" + dir.toAbsolutePath().resolve("misi") + ";DB_CLOSE_DELAY=-1;AUTO_SERVER=TRUE";
    }

    /** A data source for {@code url} (see {@link #url(Path)}). */
    public static DataSource dataSource(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }
}
