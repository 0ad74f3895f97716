package org.misibench.jobs.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.misibench.jobs.store.RunProgressStore.Progress;

/**
 * A one-line progress bar for long steps: complexes done of total, items, images, image rate and
 * the time left at that rate. On a terminal it redraws one line; into a file or pipe it prints a
 * line at most every 10 % so logs stay short.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private int lastDecile = -1;
    private boolean drawn;

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    void show(String step, Progress p) {
        if (p.complexesTotal() == 0) {
            return;
        }
        String line = render(step, p, (System.nanoTime() - started) / 1e9);
        if (terminal) {
            out.print("\r" + line);
            drawn = true;
        } else {
            int decile = 10 * p.complexesDone() / p.complexesTotal();
            if (decile != lastDecile) {
                out.println(line);
                lastDecile = decile;
            }
        }
        out.flush();
    }

    /** Ends the bar's line, if one was drawn. */
    void finish() {
        if (drawn) {
            out.println();
            drawn = false;
        }
    }

    static String render(String step, Progress p, double seconds) {
        double fraction = p.complexesTotal() == 0 ? 0 : (double) p.complexesDone() / p.complexesTotal();
        int filled = (int) Math.round(fraction * WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        double rate = seconds > 0 ? p.images() / seconds : 0;
        String eta = p.complexesDone() == 0 || p.complexesDone() >= p.complexesTotal() ? "--:--"
                : clock(Duration.ofSeconds(Math.round(seconds / p.complexesDone() * (p.complexesTotal() - p.complexesDone()))));
        return String.format(Locale.ROOT, "%s [%s] %d/%d complexes, %d items, %d images, %.1f images/s, ETA %s",
                step, bar, p.complexesDone(), p.complexesTotal(), p.items(), p.images(), rate, eta);
    }

    private static String clock(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }
}
