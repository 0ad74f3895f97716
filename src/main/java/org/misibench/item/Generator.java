package org.misibench.item;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This software's name and version as items record it, e.g. {@code misi-bench 0.1.0-SNAPSHOT}. */
public final class Generator {

    private Generator() {
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = Generator.class.getResourceAsStream("generator.properties")) {
            if (in == null) {
                return "misi-bench (unknown version)";
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("generator");
    }
}
