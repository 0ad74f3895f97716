package org.misibench.jobs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends what the libraries log (JBeret, Weld, Flyway, H2; all through java.util.logging) to a
 * file instead of the terminal: a user reads the command's own summary, and the stack traces
 * are in the file it names when something fails.
 */
final class LibraryLog {

    private LibraryLog() {
    }

    /** Replaces the console output of library logging with {@code file} (appended to). */
    static Path redirectTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            FileHandler handler = new FileHandler(file.toString(), true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h);
            }
            root.addHandler(handler);
            root.setLevel(Level.INFO);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("open log file " + file, e);
        }
    }
}
