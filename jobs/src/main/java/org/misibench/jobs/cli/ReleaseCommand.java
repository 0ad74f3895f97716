package org.misibench.jobs.cli;

import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.misibench.jobs.export.ReleaseNames;
import org.misibench.jobs.se.EmbeddedBatch;
import org.misibench.jobs.se.JobOutcome;
import org.misibench.jobs.se.RunnerLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code misi release --name NAME}: runs the export job on the embedded runtime, writing the
 * approved items as the immutable release folder {@code <out>/releases/NAME} (spec §7).
 */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Export the approved items as a release folder <out>/releases/NAME (spec §7):",
                "images/, one JSONL per task and split, VLMEvalKit TSVs, a dataset card, a manifest and",
                "SHA256SUMS. Releases are immutable: an existing name is refused."})
final class ReleaseCommand implements Callable<Integer> {

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Release name: letters, digits, '.', '-', '_'.")
    String name;

    @Option(names = "--out", paramLabel = "DIR", description = "The output folder generate wrote (default: var/ in the repository).")
    Path out;

    @Option(names = "--state", paramLabel = "STATE", defaultValue = "approved",
            description = "Review state to export: approved (default), pending, flagged, rejected or all.")
    String state;

    @Override
    public Integer call() throws Exception {
        try {
            ReleaseNames.check(name);
            if (name.equals(ReleaseNames.DRAFT)) {
                throw new IllegalArgumentException("'draft' is the name generate uses for its own export; choose another");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("release: " + e.getMessage());
            return 2;
        }
        Path outDir = (out != null ? out : Misi.home().resolve("var")).toAbsolutePath();
        Path log = LibraryLog.redirectTo(outDir.resolve("logs").resolve("misi.log"));
        RunnerLock lock;
        try {
            lock = RunnerLock.acquire(outDir);
        } catch (IllegalStateException e) {
            System.err.println("release: " + e.getMessage());
            return 1;
        }
        try (lock) {
            EmbeddedBatch batch = EmbeddedBatch.open(outDir);
            Properties parameters = new Properties();
            parameters.setProperty("release", name);
            parameters.setProperty("state", state);
            parameters.setProperty("out", outDir.toString());
            JobOutcome outcome = batch.run("export", parameters);
            System.out.println(outcome.describe());
            if (!outcome.completed()) {
                System.err.println("release failed: " + outcome.exitStatus());
                System.err.println("  details: " + log);
                return 1;
            }
            return 0;
        }
    }
}
