package org.misibench.jobs.items;

import java.nio.file.Path;

/**
 * The data folder of a run (images/, releases/): the job parameter {@code out} (the SE runner
 * always gives it), else the system property {@value #PROPERTY} (set when WildFly should share the
 * runner's folder, see {@code ./misi console}), else {@code <server data dir>/misi}.
 */
public final class DataFolder {

    public static final String PROPERTY = "misi.data.dir";

    private DataFolder() {
    }

    public static Path resolve(String out) {
        if (out != null && !out.isBlank()) {
            return Path.of(out.trim()).toAbsolutePath();
        }
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        String server = System.getProperty("jboss.server.data.dir");
        return Path.of(server != null ? server + "/misi" : "var").toAbsolutePath();
    }
}
