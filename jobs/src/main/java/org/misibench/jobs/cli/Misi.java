package org.misibench.jobs.cli;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code misi}: the entry point of the command line. Each subcommand is a class of its own;
 * picocli parses options, prints help and maps usage errors to exit code 2.
 */
@Command(name = "misi", mixinStandardHelpOptions = true, version = "MiSI Bench Studio 0.1.0",
        description = "Generates, curates and releases molecular spatial-reasoning benchmarks.",
        subcommands = {BalanceCommand.class, ConsoleCommand.class, GenerateCommand.class, HBondsCommand.class,
                PrepareCommand.class, ReleaseCommand.class, RenderCommand.class, ScoreCommand.class, TestCommand.class,
                UserCommand.class},
        footer = {"", "Run './misi COMMAND --help' for a command's options."})
public final class Misi implements Runnable {

    /** System property the launcher sets to the repository root. */
    static final String HOME_PROPERTY = "misi.home";

    private static final String H2_BIND_ADDRESS = "h2.bindAddress";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        quietLibraries();
        // H2's AUTO_SERVER (the database shared with the console) listens on the loopback only;
        // set before any H2 class loads, which reads it once
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
        // Weld SE would otherwise announce its shutdown on stdout after every command
        System.setProperty("org.jboss.weld.se.shutdownHook", "false");
        System.exit(new CommandLine(new Misi()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The repository root: where {@code var/} and the Maven build live. */
    static Path home() {
        return Path.of(System.getProperty(HOME_PROPERTY, ".")).toAbsolutePath().normalize();
    }

    /** Weld, JBeret and Flyway log their start-up at INFO; a command line shows only warnings. */
    private static void quietLibraries() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (var handler : root.getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
    }
}
