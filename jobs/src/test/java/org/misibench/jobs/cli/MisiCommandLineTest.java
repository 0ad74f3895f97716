package org.misibench.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: a separate JVM, its output and its exit code. */
class MisiCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void helpListsTheSubcommands() throws Exception {
        Run run = misi("--help");
        assertEquals(0, run.exitCode, run.output);
        assertTrue(run.output.contains("generate") && run.output.contains("test"), run.output);
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2() throws Exception {
        Run run = misi("generate", "--no-such-option");
        assertEquals(2, run.exitCode, run.output);
        assertTrue(run.output.contains("Unknown option: '--no-such-option'"), run.output);
    }

    @Test
    void generateOnAMissingInputExitsWith1AndSaysWhy() throws Exception {
        Path missing = dir.resolve("missing");
        Run run = misi("generate", "--input", missing.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, run.exitCode, run.output);
        assertTrue(run.output.contains("generate failed: FAILED: prepare-complexes: " + missing + ": no such file or folder"),
                run.output);
    }

    @Test
    void generateOnTheSampleExitsWith0AndReportsWhatItDid() throws Exception {
        Run run = misi("generate", "--out", dir.resolve("out").toString());
        assertEquals(0, run.exitCode, run.output);
        assertTrue(run.output.contains("complexes prepared: 14, quarantined: 0"), run.output);
    }

    private static Run misi(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Misi.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "misi finished");
        return new Run(process.exitValue(), output);
    }

    private record Run(int exitCode, String output) {
    }
}
