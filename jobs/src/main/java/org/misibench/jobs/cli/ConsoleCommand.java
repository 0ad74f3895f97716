package org.misibench.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.misibench.jobs.console.ConsoleLock;
import org.misibench.jobs.console.ServerInstance;
import org.misibench.jobs.console.ServerProcess;
import org.misibench.jobs.store.EmbeddedDatabase;
import org.misibench.jobs.users.UserStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code misi console}: the curator console on this machine. Starts a copy of the WildFly that the
 * web build provisions, with the WAR, on the same output folder the runner writes (database and
 * images), prints the address and runs until Ctrl-C, which stops the server gracefully.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Start the curator console (WildFly on localhost) on an output folder.",
                "The server opens the same database and images as './misi generate --out DIR'.",
                "Sign in with a user made by './misi user add NAME --role admin'. Ctrl-C stops it."})
final class ConsoleCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder to curate (default: var/ in the repository).")
    Path out;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "HTTP port on localhost (default: ${DEFAULT-VALUE}; management on PORT+1910).")
    int port;

    @Option(names = "--startup-timeout", paramLabel = "SECONDS", defaultValue = "240", hidden = true)
    long startupTimeout;

    @Override
    public Integer call() throws Exception {
        Path outDir = (out != null ? out : Misi.home().resolve("var")).toAbsolutePath().normalize();
        Path web = Misi.home().resolve("web").resolve("target");
        Files.createDirectories(outDir.resolve("logs"));
        Path log = outDir.resolve("logs").resolve("console-server.log");

        ConsoleLock lock;
        ServerInstance instance;
        try {
            lock = ConsoleLock.acquire(outDir, port);
            System.out.println("console: preparing the server in " + outDir.resolve("wildfly"));
            instance = ServerInstance.prepare(web.resolve("server"), web.resolve("misi.war"), outDir.resolve("wildfly"));
        } catch (IllegalStateException e) {
            System.err.println("console: " + e.getMessage());
            return 1;
        }
        try (lock) {
            return run(instance, outDir, log);
        }
    }

    private int run(ServerInstance instance, Path outDir, Path log) throws Exception {
        ServerProcess server = ServerProcess.start(instance, outDir, port, log);
        AtomicBoolean stopping = new AtomicBoolean();
        // Ctrl-C: the JVM runs this hook, which stops WildFly gracefully before the command exits
        Thread stopper = new Thread(() -> {
            stopping.set(true);
            try {
                System.out.println();
                System.out.println("console: stopping the server ...");
                server.stop();
                System.out.println("console: stopped");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stopper);

        System.out.println("console: starting WildFly on port " + port + " (log: " + log + ") ...");
        if (!server.awaitReady(startupTimeout)) {
            System.err.println("console: the server did not come up" + (server.isAlive() ? " in " + startupTimeout + " s" : "")
                    + "; see " + log + " and " + instance.home().resolve("standalone/log/server.log"));
            return 1;
        }
        System.out.println("console: " + server.url() + "  (data: " + outDir + "; Ctrl-C stops it)");
        if (noUsers(outDir)) {
            System.out.println("console: no users yet: create the first admin with ./misi user add NAME --role admin"
                    + (out != null ? " --out " + outDir : ""));
        }
        int status = server.waitFor();
        if (stopping.get()) {
            return 0;
        }
        Runtime.getRuntime().removeShutdownHook(stopper);
        System.err.println("console: the server exited with status " + status + "; see " + log);
        return status == 0 ? 0 : 1;
    }

    /** Whether the console's database has no user yet (read through the server's H2, AUTO_SERVER). */
    private static boolean noUsers(Path outDir) {
        try {
            DataSource db = EmbeddedDatabase.dataSource(EmbeddedDatabase.url(outDir.resolve("db")));
            return new UserStore(db).list().isEmpty();
        } catch (Exception e) {
            return false; // only a hint: never stop the console for it
        }
    }
}
