package org.misibench.jobs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code misi user}: the console's users, kept in the same database the jobs write. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = {"Manage the curator console's users.",
                "Users live in the MiSI database under --out; the console (./misi console) signs them in."},
        subcommands = {UserAddCommand.class})
final class UserCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
