package org.misibench.render.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.misibench.render.vulkan.RgbaImage;

/**
 * Encodes and writes PNG files on a fixed pool of worker threads, so a renderer thread hands off
 * its {@link RgbaImage} and goes on drawing: encoding a 512 × 512 image costs about as much as
 * rendering it (see {@code bench/png-encoding.md}).
 *
 * <ul>
 *   <li>Each worker owns one {@link PngEncoder} (encoders are single-threaded and keep their buffers).</li>
 *   <li>A file is written under a hidden temporary name in the target's folder and then renamed
 *       onto the target, so a reader never sees a partial PNG; on failure the temporary file is
 *       deleted. There is no fsync: after a machine crash a file may be missing, never half there.</li>
 *   <li>Each {@link Future} gives the SHA-256 of the bytes written, hashed from memory.</li>
 *   <li>At most {@code maxPending} images wait or are being encoded; {@link #submit} blocks beyond
 *       that, so a fast renderer cannot fill the heap with images (1 MiB each at 512 × 512).</li>
 *   <li>{@link #close()} stops new submissions and waits for every pending write. Workers are daemon
 *       threads so a forgotten pool cannot keep the JVM alive; so always close it (try-with-resources),
 *       or queued images are lost at exit.</li>
 * </ul>
 */
public final class PngWriterPool implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final HexFormat HEX = HexFormat.of();

    private final ExecutorService executor;
    private final Semaphore pending;
    private final AtomicLong tempCounter = new AtomicLong();
    private final String tempTag;

    /**
     * @param threads    worker threads, each with its own encoder
     * @param options    encoder options for every image
     * @param maxPending most images queued or in progress before {@link #submit} blocks
     */
    public PngWriterPool(int threads, PngOptions options, int maxPending) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (maxPending < threads) {
            throw new IllegalArgumentException("maxPending must be at least threads: " + maxPending);
        }
        Objects.requireNonNull(options, "options");
        int pool = POOLS.incrementAndGet();
        this.tempTag = ProcessHandle.current().pid() + "-" + pool;
        this.pending = new Semaphore(maxPending);
        this.executor = Executors.newFixedThreadPool(threads, workerFactory("png-writer-" + pool, options));
    }

    /** {@code threads} workers with the default options and up to four images in flight per worker. */
    public PngWriterPool(int threads) {
        this(threads, PngOptions.defaults(), 4 * threads);
    }

    /**
     * Queues {@code image} to be encoded and written to {@code target} (parent folders are created;
     * an existing file is replaced). Blocks while {@code maxPending} images are already in flight.
     *
     * @throws RejectedExecutionException after {@link #close()}
     * @throws InterruptedException       if interrupted while waiting for room
     */
    public Future<WrittenPng> submit(RgbaImage image, Path target) throws InterruptedException {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(target, "target");
        return enqueue(encoder -> write(encoder.encode(image), target));
    }

    /**
     * Queues {@code image} to be encoded and stored in {@code folder} under the name
     * {@code <sha256 of the PNG bytes>.png}. An image already there is not written again (same name,
     * same bytes), so storing is idempotent: a restarted job re-renders without rewriting files.
     */
    public Future<WrittenPng> submitContentAddressed(RgbaImage image, Path folder) throws InterruptedException {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(folder, "folder");
        return enqueue(encoder -> {
            byte[] png = encoder.encode(image);
            String sha = HEX.formatHex(sha256().digest(png));
            Path target = folder.toAbsolutePath().resolve(sha + ".png");
            if (Files.isRegularFile(target) && Files.size(target) == png.length) {
                return new WrittenPng(target, sha, png.length);
            }
            return write(png, target);
        });
    }

    /** A job for a worker: encode with the worker's own encoder and store. */
    private interface PngJob {
        WrittenPng run(PngEncoder encoder) throws IOException;
    }

    /** Waits for room, then hands {@code job} to a worker; the room is given back when it ends. */
    private Future<WrittenPng> enqueue(PngJob job) throws InterruptedException {
        if (executor.isShutdown()) {
            throw new RejectedExecutionException("PNG writer pool is closed");
        }
        pending.acquire();
        try {
            return executor.submit(() -> {
                try {
                    return job.run(((Worker) Thread.currentThread()).encoder);
                } finally {
                    pending.release();
                }
            });
        } catch (RejectedExecutionException e) {
            pending.release();
            throw e;
        }
    }

    private WrittenPng write(byte[] png, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + absolute.getFileName() + "." + tempTag + "-" + tempCounter.incrementAndGet() + ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                os.write(png);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot rename atomically within " + dir, e);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new WrittenPng(absolute, HEX.formatHex(sha256().digest(png)), png.length);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Accepts no more images and waits until every submitted one is written (or has failed; its
     * {@link Future} says which). If interrupted while waiting, cancels what has not started,
     * interrupts the workers and keeps the thread's interrupt status.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            while (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting: pending writes must finish
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory workerFactory(String name, PngOptions options) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Worker w = new Worker(task, name + "-" + n.incrementAndGet(), new PngEncoder(options));
            w.setDaemon(true);
            return w;
        };
    }

    /** A pool thread with its own encoder, so buffers are reused without locking. */
    private static final class Worker extends Thread {
        final PngEncoder encoder;

        Worker(Runnable task, String name, PngEncoder encoder) {
            super(task, name);
            this.encoder = encoder;
        }
    }
}
