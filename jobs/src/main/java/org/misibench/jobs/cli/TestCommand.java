package org.misibench.jobs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code misi test}: every test of every module, including the WildFly, Chromium and Vulkan
 * ones ({@code mvn -B verify}). The launcher script runs the same command itself, without
 * building the command line first; this class makes it visible in {@code --help}.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run all tests (mvn -B -ntp verify).",
                "Unit, JBeret SE and Vulkan tests (lavapipe without a GPU), then the Arquillian and",
                "headless-Chromium integration tests against a WildFly 39 that the build provisions."})
final class TestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MAVEN_ARG", description = "Extra Maven arguments, e.g. -Dit.test=GenerateJobIT.")
    List<String> mavenArgs = List.of();

    @Override
    public Integer call() throws Exception {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp", "verify"));
        command.addAll(mavenArgs);
        return new ProcessBuilder(command).directory(Misi.home().toFile()).inheritIO().start().waitFor();
    }
}
