package org.misibench.jobs.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.misibench.complex.ComplexPreparer;
import org.misibench.source.ComplexSource;
import org.misibench.source.ComplexSourceScanner;
import org.misibench.source.SourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code misi prepare PATH…}: prepares complexes without a database or a job, and reports which
 * ones cannot be prepared and why, and how fast it went. For checking an input set before a
 * generation run, and as the benchmark of preparation throughput ({@code bench/prepare-throughput.sh}).
 */
@Command(name = "prepare", mixinStandardHelpOptions = true,
        description = {"Check that complexes prepare, and how fast.",
                "Reads each complex, chooses its ligand and cuts its pocket; prints every failure with its",
                "problem and reason, then a summary. Exits 0 when all prepared, 1 when some failed, 2 on bad usage."})
final class PrepareCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "PDB/mmCIF entries or PDBbind-style folders.")
    List<Path> inputs;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Worker threads (default: 1).")
    int threads;

    @Override
    public Integer call() throws Exception {
        List<ComplexSource> sources = new ArrayList<>();
        for (Path input : inputs) {
            try {
                sources.addAll(ComplexSourceScanner.scan(input));
            } catch (SourceException e) {
                System.err.println("prepare: " + e.getMessage());
                return 2;
            }
        }
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        List<Future<String>> results = new ArrayList<>();
        for (ComplexSource source : sources) {
            results.add(pool.submit(() -> {
                try {
                    ComplexPreparer.prepare(source);
                    return null;
                } catch (SourceException e) {
                    return source.id() + ": " + e.problem() + ": " + e.location() + ": " + e.reason();
                }
            }));
        }
        int failed = 0;
        for (Future<String> r : results) {
            String failure = r.get();
            if (failure != null) {
                failed++;
                System.out.println(failure);
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("prepare: %d complexes, %d prepared, %d failed in %.1f s (%.1f complexes/s, %d thread%s)%n",
                sources.size(), sources.size() - failed, failed, seconds, sources.size() / seconds, threads,
                threads == 1 ? "" : "s");
        return failed == 0 ? 0 : 1;
    }
}
