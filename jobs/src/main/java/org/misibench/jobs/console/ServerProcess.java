package org.misibench.jobs.console;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A running console server: WildFly's standalone.sh on localhost with the MiSI data folder, its
 * output in a log file. Stopping sends SIGTERM, on which WildFly shuts down gracefully.
 */
public final class ServerProcess {

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts {@code instance} on 127.0.0.1: HTTP on {@code port}, management on {@code port + 1910}
     * (9990 for 8080), so two consoles (or a console and the web tests) can run side by side.
     */
    public static ServerProcess start(ServerInstance instance, Path dataDir, int port, Path log) throws IOException {
        List<String> command = List.of(instance.launcher().toString(),
                "-Djboss.bind.address=127.0.0.1", "-Djboss.bind.address.management=127.0.0.1",
                "-Djboss.http.port=" + port, "-Djboss.https.port=" + (port + 363),
                "-Djboss.management.http.port=" + (port + 1910), "-Djboss.management.https.port=" + (port + 1913),
                "-Dmisi.data.dir=" + dataDir.toAbsolutePath().normalize(),
                // the shared database's AUTO_SERVER port, when this server hosts it: loopback only
                "-Dh2.bindAddress=127.0.0.1");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("JBOSS_HOME", instance.home().toString());
        // in this mode the script relays SIGTERM and SIGINT to the JVM; in the default one, a signal
        // to the script alone would leave WildFly running
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        return new ServerProcess(builder.start(), port);
    }

    /** The console's address. */
    public String url() {
        return "http://localhost:" + port + "/misi/";
    }

    /** Waits until the sign-in page answers; false if the server died or the time ran out. */
    public boolean awaitReady(long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        URI login = URI.create("http://127.0.0.1:" + port + "/misi/login.xhtml");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return false;
            }
            try {
                HttpURLConnection c = (HttpURLConnection) login.toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(5000);
                int status = c.getResponseCode();
                c.disconnect();
                if (status == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** SIGTERM to the script (which passes it on to WildFly), then waits for a graceful stop. */
    public void stop() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
