package org.misibench.task;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How many items of each task to draw, with which seed and image size: the settings a generation
 * run records with its items. Read from a properties file ({@code config/generation/default.properties}
 * is the default); a missing or malformed value is an error naming the key, never a silent default.
 */
public record GenerationSettings(long seed, int imageSize, double testFraction,
                                 int t1PerAxisTrain, int t1PerAxisTest, int t2PerAxisTrain, int t2PerAxisTest,
                                 int t3Train, int t3Test, int t5Train, int t5Test, int t6Train, int t6Test,
                                 int t7Train, int t7Test, int t8MaxPerComplex, double t4HardNegativeShare) {

    public static GenerationSettings load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("read generation settings " + file, e);
        }
        return from(p, file.toString());
    }

    /**
     * The defaults, {@code config/generation/default.properties}, as the build copied them into the
     * jar, with {@code overrides} (same keys) on top: what a job run records as its settings.
     */
    public static GenerationSettings defaults(Properties overrides) {
        Properties p = new Properties();
        try (InputStream in = GenerationSettings.class.getResourceAsStream("default.properties")) {
            if (in == null) {
                throw new IllegalStateException("default.properties is missing from the core jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("read default generation settings", e);
        }
        overrides.forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                p.put(k, v);
            }
        });
        return from(p, "config/generation/default.properties");
    }

    private static GenerationSettings from(Properties p, String origin) {
        Values v = new Values(p, origin);
        return new GenerationSettings(v.longValue("seed"), v.intValue("imageSize"), v.doubleValue("testFraction"),
                v.intValue("t1.perAxis.train"), v.intValue("t1.perAxis.test"),
                v.intValue("t2.perAxis.train"), v.intValue("t2.perAxis.test"),
                v.intValue("t3.perComplex.train"), v.intValue("t3.perComplex.test"),
                v.intValue("t5.perComplex.train"), v.intValue("t5.perComplex.test"),
                v.intValue("t6.perComplex.train"), v.intValue("t6.perComplex.test"),
                v.intValue("t7.perComplex.train"), v.intValue("t7.perComplex.test"),
                v.intValue("t8.maxPerComplex"), v.doubleValue("t4.hardNegativeShare"));
    }

    /** Typed access to the properties, with errors that name the file and the key. */
    private record Values(Properties p, String file) {

        String raw(String key) {
            String value = p.getProperty(key);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(file + ": missing setting '" + key + "'");
            }
            return value.trim();
        }

        long longValue(String key) {
            try {
                return Long.parseLong(raw(key));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": setting '" + key + "' is not a whole number: " + raw(key));
            }
        }

        int intValue(String key) {
            long value = longValue(key);
            if (value < 0 || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(file + ": setting '" + key + "' must be a non-negative count: " + value);
            }
            return (int) value;
        }

        double doubleValue(String key) {
            try {
                double value = Double.parseDouble(raw(key));
                if (value < 0 || value > 1) {
                    throw new IllegalArgumentException(file + ": setting '" + key + "' must lie in [0, 1]: " + value);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": setting '" + key + "' is not a number: " + raw(key));
            }
        }
    }
}
