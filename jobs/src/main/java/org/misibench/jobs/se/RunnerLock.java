package org.misibench.jobs.se;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder ({@code <out>/runner.lock}) held for a runner's lifetime.
 * Holding it proves no other runner process is alive on that folder, so executions its database
 * still shows as running belong to a process that died and can be marked failed. The operating
 * system releases the lock when the process ends, however it ends (kill -9 included).
 */
public final class RunnerLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunnerLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or throws {@link IllegalStateException} when another runner holds it. */
    public static RunnerLock acquire(Path out) {
        try {
            Files.createDirectories(out);
            FileChannel channel = FileChannel.open(out.resolve("runner.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("another misi runner is working on " + out + "; wait for it or use another --out");
            }
            return new RunnerLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("lock " + out.resolve("runner.lock"), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
