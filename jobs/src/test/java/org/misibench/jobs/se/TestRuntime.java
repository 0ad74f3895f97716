package org.misibench.jobs.se;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The one embedded runtime of a test JVM (JBeret SE reads its configuration once per JVM), on a
 * database that starts empty for each test run.
 */
public final class TestRuntime {

    public static final Path OUT = Path.of("target", "se-test-var").toAbsolutePath();

    private static EmbeddedBatch batch;

    private TestRuntime() {
    }

    public static synchronized EmbeddedBatch batch() {
        if (batch == null) {
            delete(OUT);
            batch = EmbeddedBatch.open(OUT);
        }
        return batch;
    }

    public static Properties parameters(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
