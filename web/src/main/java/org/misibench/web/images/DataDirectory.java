package org.misibench.web.images;

import java.nio.file.Path;

/**
 * Where the server finds the runner's output: {@code -Dmisi.data.dir} (what {@code ./misi console}
 * passes, the same folder as the datasource's database), else a folder in the server's data directory.
 */
public final class DataDirectory {

    static final String PROPERTY = "misi.data.dir";

    private DataDirectory() {
    }

    public static Path root() {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = Path.of(System.getProperty("jboss.server.data.dir", "."), "misi").toString();
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }

    /** {@code <data dir>/images}: each image once, named by the SHA-256 of its PNG bytes. */
    public static Path images() {
        return root().resolve("images");
    }
}
