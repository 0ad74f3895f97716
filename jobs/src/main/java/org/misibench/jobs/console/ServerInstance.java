package org.misibench.jobs.console;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The console's own copy of the provisioned server, {@code <out>/wildfly}, laid anew at every
 * start from {@code web/target/server} with the WAR in its deployments folder. A copy because
 * the web build re-provisions {@code web/target/server} (and its tests start it) while a console
 * may be running; anew because nothing in it needs keeping: the data live in {@code <out>/db}
 * and {@code <out>/images}, and a fresh copy always matches config/wildfly.
 */
public final class ServerInstance {

    private final Path home;

    private ServerInstance(Path home) {
        this.home = home;
    }

    /** Copies {@code provisioned} to {@code target} (replacing it) and deploys {@code war} there. */
    public static ServerInstance prepare(Path provisioned, Path war, Path target) throws IOException {
        if (!Files.isRegularFile(provisioned.resolve("bin").resolve("standalone.sh"))) {
            throw new IllegalStateException("no provisioned WildFly in " + provisioned
                    + ": build it with 'mvn -B -pl web -am package -DskipTests' (./misi console does)");
        }
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("no WAR at " + war + ": build it with 'mvn -B -pl web -am package -DskipTests'");
        }
        delete(target);
        copy(provisioned, target);
        Files.copy(war, target.resolve("standalone").resolve("deployments").resolve(war.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
        return new ServerInstance(target);
    }

    public Path home() {
        return home;
    }

    public Path launcher() {
        return home.resolve("bin").resolve("standalone.sh");
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // COPY_ATTRIBUTES keeps bin/*.sh executable
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
