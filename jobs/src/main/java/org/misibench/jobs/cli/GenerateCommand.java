package org.misibench.jobs.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import jakarta.batch.runtime.JobExecution;
import java.util.Optional;
import org.misibench.jobs.se.EmbeddedBatch;
import org.misibench.jobs.se.RunnerLock;
import org.misibench.jobs.se.JobOutcome;
import org.misibench.jobs.store.PreparedComplexStore;
import org.misibench.jobs.store.QuarantineEntry;
import org.misibench.jobs.store.QuarantineStore;
import org.misibench.source.BundledSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code misi generate}: runs the generate job on the embedded runtime and reports what it did. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Run the generate job on the embedded default.",
                "The job runs on JBeret SE with an H2 database under --out, on the bundled sample",
                "complexes unless --input is given. Exits 0 when the job completes, 1 when it fails."})
final class GenerateCommand implements Callable<Integer> {

    static final String JOB = "generate";

    @Option(names = "--input", paramLabel = "PATH", split = ",",
            description = "Complexes to read: PDB/mmCIF entries or PDBbind-style folders (default: the bundled sample).")
    List<Path> inputs = List.of();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder: database and results (default: var/ in the repository).")
    Path out;

    @Option(names = "--fresh", description = "Start a new execution even when the last one failed (default: restart it).")
    boolean fresh;

    /** Test hook for the crash/restart tests: slows the processor down so a test can kill the JVM mid-run. */
    @Option(names = "--test-slowdown-ms", hidden = true, defaultValue = "0")
    long testSlowdownMillis;

    @Override
    public Integer call() throws Exception {
        Path outDir = out != null ? out : Misi.home().resolve("var");
        String input = inputs.isEmpty() ? BundledSample.INPUT_NAME
                : inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).collect(Collectors.joining(","));
        Properties parameters = new Properties();
        parameters.setProperty("input", input);

        System.out.println("generate: input " + (inputs.isEmpty() ? "the bundled sample (" + BundledSample.complexes().size()
                + " complexes)" : input) + ", output " + outDir);
        Path log = LibraryLog.redirectTo(outDir.resolve("logs").resolve("misi.log"));
        if (testSlowdownMillis > 0) {
            parameters.setProperty("slowdownMillis", Long.toString(testSlowdownMillis));
        }
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
            Optional<JobExecution> failed = fresh ? Optional.empty() : batch.restartable(JOB);
            JobOutcome outcome;
            if (failed.isPresent() && input.equals(failed.get().getJobParameters().getProperty("input"))) {
                System.out.println("generate: restarting execution " + failed.get().getExecutionId() + " ("
                        + failed.get().getExitStatus() + ") from its last checkpoint");
                // restart merges parameters over the original ones: clear test hooks explicitly
                parameters.setProperty("failOnComplex", "");
                parameters.putIfAbsent("slowdownMillis", "0");
                outcome = batch.restart(failed.get().getExecutionId(), parameters);
            } else {
                outcome = batch.run(JOB, parameters);
            }
            System.out.println(outcome.describe());
            return report(batch, outcome, log);
        }
    }

    private static int report(EmbeddedBatch batch, JobOutcome outcome, Path log) throws Exception {
        // a restarted run continues its instance's earlier executions: count them together
        List<Long> executions = batch.operator().getJobExecutions(batch.operator().getJobInstance(outcome.executionId()))
                .stream().map(e -> e.getExecutionId()).toList();
        long prepared = new PreparedComplexStore(batch.dataSource()).countPreparedBy(executions);
        List<QuarantineEntry> quarantined = new ArrayList<>();
        for (long id : executions) {
            quarantined.addAll(new QuarantineStore(batch.dataSource()).recordedBy(id));
        }
        System.out.println("  complexes prepared: " + prepared + ", quarantined: " + quarantined.size());
        for (QuarantineEntry q : quarantined) {
            System.out.println("    " + q.complexId() + ": " + q.problem() + ": " + q.location() + ": " + q.reason());
        }
        System.out.println("  database: " + batch.out().resolve("db").resolve("misi.mv.db"));
        if (!outcome.completed()) {
            System.err.println("generate failed: " + outcome.exitStatus());
            System.err.println("  details: " + log);
            return 1;
        }
        return 0;
    }
}
