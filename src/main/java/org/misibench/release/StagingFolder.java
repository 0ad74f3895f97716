package org.misibench.release;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A hidden sibling folder ({@code .<name>.partial-<random>}) where a release is built, then published onto
 * its real name with one rename, so that a reader or a crash never sees half a release: the folder either
 * is not there or is complete. Being a sibling keeps it on the same file system, where a rename is atomic.
 *
 * <p>Before the rename every file and folder is flushed to disk ({@code fsync}), so that after a power
 * cut the published name cannot point at empty files. A crash while building leaves only the hidden
 * folder; it is not removed automatically, as it could be another writer's work in progress.
 */
final class StagingFolder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path path;

    private StagingFolder(Path target, Path path) {
        this.target = target;
        this.path = path;
    }

    /** A new, empty staging folder beside {@code target} (whose parent is created if needed). */
    static StagingFolder beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || absolute.getFileName() == null) {
            throw new IOException("a release needs a folder of its own, not " + target);
        }
        Files.createDirectories(parent);
        Path path = parent.resolve("." + absolute.getFileName() + ".partial-" + randomTag());
        return new StagingFolder(absolute, Files.createDirectory(path));
    }

    Path path() {
        return path;
    }

    /**
     * Renames the staging folder onto the target, which must not exist. A rename onto a non-empty folder
     * fails on every file system, so even a release published meanwhile by someone else is never replaced.
     */
    void publish() throws IOException {
        sync();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a release is never overwritten");
        }
        try {
            Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (DirectoryNotEmptyException e) {
            throw new FileAlreadyExistsException(target.toString(), null, "a release is never overwritten");
        }
        syncFolder(target.getParent());
    }

    /**
     * Publishes onto the target, replacing it if it exists: the old folder is first renamed aside
     * ({@code .<name>.old-<random>}), then the new one renamed in, then the old one deleted. Between the two
     * renames the name is briefly absent, but never half-written.
     */
    void publishReplacing() throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            publish();
            return;
        }
        sync();
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + randomTag());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // put the old release back rather than leave no release at all
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        syncFolder(target.getParent());
        deleteTree(old);
    }

    /** Removes the staging folder and all in it; used when building failed. */
    void discard() throws IOException {
        deleteTree(path);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // walkFileTree does not follow links, so deleting a hard-linked image removes only the release's name for it
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void sync() throws IOException {
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
                    c.force(true);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                syncFolder(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void syncFolder(Path dir) {
        // makes the folder's entries (new names, the rename) durable; some platforms cannot open a folder,
        // and there is nothing more to do there
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            // best effort: not every platform lets a folder be opened for fsync
        }
    }

    private static String randomTag() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
