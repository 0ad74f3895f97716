package org.misibench.jobs.se;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.function.LongConsumer;
import java.util.Set;
import javax.sql.DataSource;
import org.misibench.jobs.store.EmbeddedDatabase;
import org.misibench.jobs.store.MisiDatabase;
import org.misibench.jobs.store.SchemaMigrations;

/**
 * The embedded batch runtime: JBeret SE, Weld SE and an H2 file database under an output folder
 * ({@code <out>/db/misi.mv.db}), holding both JBeret's job repository and the MISI schema.
 *
 * <p>JBeret SE reads its configuration once per JVM from a {@code jberet.properties} resource of
 * the context class loader and offers no other way to set the repository URL. So this class
 * writes that file under {@code <out>/jberet/} and makes a class loader that sees it the
 * thread's context class loader before the job operator is first created. One output folder
 * per JVM, therefore.
 */
public final class EmbeddedBatch {

    private static final Set<BatchStatus> FINISHED = EnumSet.of(
            BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private static EmbeddedBatch open;

    private final Path out;
    private final DataSource dataSource;
    private final JobOperator operator;
    private final List<Long> staleExecutions;

    private EmbeddedBatch(Path out, DataSource dataSource, JobOperator operator, List<Long> staleExecutions) {
        this.out = out;
        this.dataSource = dataSource;
        this.operator = operator;
        this.staleExecutions = List.copyOf(staleExecutions);
    }

    /**
     * Opens (once per JVM) the runtime whose database lives under {@code out}. Executions the
     * repository shows as running are marked FAILED ({@link #staleExecutions()}): call this only
     * while holding {@code out}'s {@link RunnerLock}.
     */
    public static synchronized EmbeddedBatch open(Path out) {
        Path dir = out.toAbsolutePath().normalize();
        if (open != null) {
            if (!open.out.equals(dir)) {
                throw new IllegalStateException("the embedded batch runtime already uses " + open.out
                        + "; JBeret SE reads its configuration once per JVM, so " + dir + " needs a new process");
            }
            return open;
        }
        String url = EmbeddedDatabase.url(dir.resolve("db"));
        System.setProperty(MisiDatabase.URL_PROPERTY, url);
        DataSource dataSource = EmbeddedDatabase.dataSource(url);
        // the schema first: the job artifacts expect it
        SchemaMigrations.migrate(dataSource);
        List<Long> stale;
        try {
            // before the job operator reads the repository; the caller holds the folder's RunnerLock
            stale = StaleExecutions.markFailed(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the job repository in " + dir + ": " + e.getMessage(), e);
        }
        Thread.currentThread().setContextClassLoader(configurationLoader(dir.resolve("jberet"), url));
        open = new EmbeddedBatch(dir, dataSource, BatchRuntime.getJobOperator(), stale);
        return open;
    }

    private static ClassLoader configurationLoader(Path configDir, String url) {
        Properties config = new Properties();
        config.setProperty("job-repository-type", "jdbc");
        config.setProperty("db-url", url);
        config.setProperty("db-user", "sa");
        config.setProperty("db-password", "");
        // partitions and the job itself each take a thread; 2 cores are the design target
        config.setProperty("thread-pool-type", "Fixed");
        config.setProperty("thread-pool-core-size", "4");
        try {
            Files.createDirectories(configDir);
            try (OutputStream os = Files.newOutputStream(configDir.resolve("jberet.properties"))) {
                config.store(os, "written by EmbeddedBatch at start-up; edits are overwritten");
            }
            return new URLClassLoader(new URL[] {configDir.toUri().toURL()}, EmbeddedBatch.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(configDir.toString(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("write " + configDir.resolve("jberet.properties"), e);
        }
    }

    /** Starts {@code jobName} and waits until it has finished. */
    public JobOutcome run(String jobName, Properties parameters) throws InterruptedException {
        return run(jobName, parameters, id -> { });
    }

    /** Starts {@code jobName} and waits until it has finished, calling {@code tick} with its execution id meanwhile. */
    public JobOutcome run(String jobName, Properties parameters, LongConsumer tick) throws InterruptedException {
        Instant started = Instant.now();
        long id = operator.start(jobName, parameters);
        return await(id, started, tick);
    }

    /**
     * Restarts a failed or stopped execution from its last checkpoint and waits for it. Jakarta
     * Batch merges {@code parameters} over the original ones, so a test hook set for the first
     * run must be cleared explicitly.
     */
    public JobOutcome restart(long executionId, Properties parameters) throws InterruptedException {
        return restart(executionId, parameters, id -> { });
    }

    /** As {@link #restart(long, Properties)}, calling {@code tick} with the new execution id meanwhile. */
    public JobOutcome restart(long executionId, Properties parameters, LongConsumer tick) throws InterruptedException {
        Instant started = Instant.now();
        long id = operator.restart(executionId, parameters);
        return await(id, started, tick);
    }

    private JobOutcome await(long executionId, Instant started, LongConsumer tick) throws InterruptedException {
        JobExecution execution = operator.getJobExecution(executionId);
        long lastTick = 0;
        while (!FINISHED.contains(execution.getBatchStatus())) {
            Thread.sleep(50);
            if (System.nanoTime() - lastTick > 500_000_000L) {
                tick.accept(executionId);
                lastTick = System.nanoTime();
            }
            execution = operator.getJobExecution(executionId);
        }
        return new JobOutcome(execution.getJobName(), executionId, execution.getBatchStatus(),
                execution.getExitStatus(), Duration.between(started, Instant.now()));
    }

    /** Executions found running at start-up, left by a runner that died, now marked FAILED. */
    public List<Long> staleExecutions() {
        return staleExecutions;
    }

    /**
     * The latest execution of {@code jobName} when it ended FAILED or STOPPED: the one to restart
     * instead of starting over.
     */
    public java.util.Optional<JobExecution> restartable(String jobName) {
        // JBeret's getJobNames() lists only jobs loaded in this JVM, so ask for instances directly
        try {
            if (operator.getJobInstanceCount(jobName) == 0) {
                return java.util.Optional.empty();
            }
        } catch (jakarta.batch.operations.NoSuchJobException e) {
            return java.util.Optional.empty();
        }
        var latest = operator.getJobInstances(jobName, 0, 1).get(0);
        List<JobExecution> executions = operator.getJobExecutions(latest);
        JobExecution last = executions.stream().max(java.util.Comparator.comparingLong(JobExecution::getExecutionId))
                .orElse(null);
        return last != null && (last.getBatchStatus() == BatchStatus.FAILED || last.getBatchStatus() == BatchStatus.STOPPED)
                ? java.util.Optional.of(last) : java.util.Optional.empty();
    }

    public JobOperator operator() {
        return operator;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The output folder everything of this runtime lives under. */
    public Path out() {
        return out;
    }
}
