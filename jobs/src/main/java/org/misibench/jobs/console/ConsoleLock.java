package org.misibench.jobs.console;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One console per output folder ({@code <out>/console.lock}, released by the operating system
 * however the process ends) and a free port: checked before {@link ServerInstance#prepare}
 * replaces {@code <out>/wildfly}, which must never happen under a running server.
 */
public final class ConsoleLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private ConsoleLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock and checks the port; IllegalStateException says which is taken. */
    public static ConsoleLock acquire(Path out, int port) throws IOException {
        Files.createDirectories(out);
        FileChannel channel = FileChannel.open(out.resolve("console.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("a console is already running on " + out);
        }
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException inUse) {
            lock.release();
            channel.close();
            throw new IllegalStateException("port " + port + " is in use (another console or server?); choose one with --port");
        }
        return new ConsoleLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
