package org.misibench.jobs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.misibench.jobs.se.EmbeddedBatch;
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
        EmbeddedBatch batch = EmbeddedBatch.open(outDir);
        JobOutcome outcome = batch.run(JOB, parameters);
        System.out.println(outcome.describe());

        long prepared = new PreparedComplexStore(batch.dataSource()).countPreparedBy(outcome.executionId());
        List<QuarantineEntry> quarantined = new QuarantineStore(batch.dataSource()).recordedBy(outcome.executionId());
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
