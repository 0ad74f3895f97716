package org.misibench.jobs.cli;

import jakarta.batch.runtime.JobExecution;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.misibench.jobs.se.EmbeddedBatch;
import org.misibench.jobs.se.JobOutcome;
import org.misibench.jobs.se.RunnerLock;
import org.misibench.jobs.store.ItemStore;
import org.misibench.jobs.store.PreparedComplexStore;
import org.misibench.jobs.store.QuarantineEntry;
import org.misibench.jobs.store.QuarantineStore;
import org.misibench.jobs.store.RunProgressStore;
import org.misibench.source.BundledSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code misi generate}: runs the whole pipeline (job {@code generate-benchmark}: prepare, generate
 * items and images, draft export) on the embedded runtime, with a progress bar, and reports what it
 * made. Run again on the same {@code --out} after a crash, it restarts the failed execution from its
 * last checkpoint instead of starting over.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate the benchmark on the embedded default: prepare the complexes, draw the items of",
                "every task, render their images, and write a draft release to <out>/releases/draft.",
                "Runs on JBeret SE with an H2 database under --out, on the bundled sample complexes unless",
                "--input is given. Exits 0 when the job completes, 1 when it fails."})
final class GenerateCommand implements Callable<Integer> {

    static final String JOB = "generate-benchmark";

    @Option(names = "--input", paramLabel = "PATH", split = ",",
            description = "Complexes to read: PDB/mmCIF entries or PDBbind-style folders (default: the bundled sample).")
    List<Path> inputs = List.of();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder: database, images, releases (default: var/ in the repository).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every draw (default: config/generation/default.properties).")
    Long seed;

    @Option(names = "--tasks", paramLabel = "T1,T2,…", description = "Tasks to generate (default: all).")
    String tasks;

    @Option(names = "--size", paramLabel = "PIXELS", description = "Image width and height (default: 512).")
    Integer size;

    @Option(names = "--device", paramLabel = "cpu|gpu|NAME", description = "Renderer device (default: the first GPU, else lavapipe).")
    String device;

    @Option(names = "--partitions", paramLabel = "N", description = "Complexes generated in parallel (default: 2).")
    Integer partitions;

    @Option(names = "--test-fraction", paramLabel = "F", description = "Share of complexes in the test split (default: 0.1227).")
    Double testFraction;

    @Option(names = "--split-file", paramLabel = "FILE", description = "'<complex id> <train|test>' per line, instead of --test-fraction.")
    Path splitFile;

    @Option(names = "--fresh", description = "Start a new execution even when the last one failed (default: restart it).")
    boolean fresh;

    /** Test hook for the crash/restart tests: slows each complex down so a test can kill the JVM mid-run. */
    @Option(names = "--test-slowdown-ms", hidden = true, defaultValue = "0")
    long testSlowdownMillis;

    @Override
    public Integer call() throws Exception {
        Path outDir = (out != null ? out : Misi.home().resolve("var")).toAbsolutePath();
        String input = inputs.isEmpty() ? BundledSample.INPUT_NAME
                : inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).collect(Collectors.joining(","));
        Properties parameters = parameters(input, outDir);
        System.out.println("generate: input " + (inputs.isEmpty() ? "the bundled sample (" + BundledSample.complexes().size()
                + " complexes)" : input) + ", output " + outDir);
        Path log = LibraryLog.redirectTo(outDir.resolve("logs").resolve("misi.log"));
        RunnerLock lock;
        try {
            lock = RunnerLock.acquire(outDir);
        } catch (IllegalStateException e) {
            System.err.println("generate: " + e.getMessage());
            return 1;
        }
        try (lock) {
            EmbeddedBatch batch = EmbeddedBatch.open(outDir);
            for (long stale : batch.staleExecutions()) {
                System.out.println("generate: execution " + stale + " was left running by a runner that died; marked FAILED");
            }
            ProgressBar bar = new ProgressBar(System.err, System.console() != null);
            LongConsumer tick = progress(batch, bar);
            Optional<JobExecution> failed = fresh ? Optional.empty() : batch.restartable(JOB);
            JobOutcome outcome;
            if (failed.isPresent() && sameRun(failed.get().getJobParameters(), parameters)) {
                System.out.println("generate: restarting execution " + failed.get().getExecutionId() + " ("
                        + failed.get().getExitStatus() + ") from its last checkpoint");
                outcome = batch.restart(failed.get().getExecutionId(), parameters, tick);
            } else {
                outcome = batch.run(JOB, parameters, tick);
            }
            bar.finish();
            System.out.println(outcome.describe());
            return report(batch, outcome, log, System.out);
        }
    }

    private Properties parameters(String input, Path outDir) {
        Properties p = new Properties();
        p.setProperty("input", input);
        p.setProperty("out", outDir.toString());
        set(p, "seed", seed);
        set(p, "tasks", tasks);
        set(p, "size", size);
        set(p, "device", device);
        set(p, "partitions", partitions);
        set(p, "testFraction", testFraction);
        set(p, "splitFile", splitFile == null ? null : splitFile.toAbsolutePath());
        // restart merges parameters over the original ones: test hooks are always given, so a
        // restart clears the ones the crashed run had
        p.setProperty("slowdownMillis", Long.toString(testSlowdownMillis));
        p.setProperty("failOnComplex", "");
        p.setProperty("failGenerating", "");
        return p;
    }

    /** A failed execution is restarted only when it was asked for the same run (test hooks aside). */
    private static boolean sameRun(Properties before, Properties now) {
        for (String key : List.of("input", "out", "seed", "tasks", "size", "testFraction", "splitFile")) {
            if (!String.valueOf(before.getProperty(key, "")).equals(now.getProperty(key, ""))) {
                return false;
            }
        }
        return true;
    }

    private static void set(Properties p, String key, Object value) {
        if (value != null) {
            p.setProperty(key, value.toString());
        }
    }

    private static LongConsumer progress(EmbeddedBatch batch, ProgressBar bar) {
        RunProgressStore store = new RunProgressStore(batch.dataSource());
        return executionId -> {
            try {
                long run = batch.operator().getJobInstance(executionId).getInstanceId();
                bar.show("generate-items", store.progress(run, "generate-items"));
            } catch (Exception e) {
                // progress is a convenience: a busy database must not break the run
            }
        };
    }

    private static int report(EmbeddedBatch batch, JobOutcome outcome, Path log, PrintStream out) throws Exception {
        // a restarted run continues its instance's earlier executions: count them together
        long run = batch.operator().getJobInstance(outcome.executionId()).getInstanceId();
        List<Long> executions = batch.operator().getJobExecutions(batch.operator().getJobInstance(outcome.executionId()))
                .stream().map(e -> e.getExecutionId()).toList();
        long prepared = new PreparedComplexStore(batch.dataSource()).countPreparedBy(executions);
        List<QuarantineEntry> quarantined = new ArrayList<>();
        for (long id : executions) {
            quarantined.addAll(new QuarantineStore(batch.dataSource()).recordedBy(id));
        }
        out.println("  complexes prepared: " + prepared + ", quarantined: " + quarantined.size());
        for (QuarantineEntry q : quarantined) {
            out.println("    " + q.complexId() + " (" + q.step() + "): " + q.problem() + ": " + q.location() + ": " + q.reason());
        }
        Map<String, Map<String, Long>> counts = new ItemStore(batch.dataSource()).countsByTaskAndSplit(run);
        out.print(CountsTable.render(counts));
        out.println("  database: " + batch.out().resolve("db").resolve("misi.mv.db"));
        if (!outcome.completed()) {
            System.err.println("generate failed: " + outcome.exitStatus());
            System.err.println("  details: " + log);
            return 1;
        }
        out.println("  draft release: " + batch.out().resolve("releases").resolve("draft"));
        return 0;
    }
}
