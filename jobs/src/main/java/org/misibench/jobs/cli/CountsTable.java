package org.misibench.jobs.cli;

import java.util.Locale;
import java.util.Map;
import org.misibench.scoring.Task;

/** The items of a run as a task × split table, as the command line prints it. */
final class CountsTable {

    private CountsTable() {
    }

    static String render(Map<String, Map<String, Long>> counts) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "  %-4s %-28s %7s %7s %7s%n", "task", "", "train",
                "test", "total"));
        long train = 0;
        long test = 0;
        for (Task t : Task.values()) {
            Map<String, Long> row = counts.getOrDefault(t.label(), Map.of());
            long a = row.getOrDefault("train", 0L);
            long b = row.getOrDefault("test", 0L);
            train += a;
            test += b;
            s.append(String.format(Locale.ROOT, "  %-4s %-28s %7d %7d %7d%n", t.label(), t.title(), a, b, a + b));
        }
        s.append(String.format(Locale.ROOT, "  %-4s %-28s %7d %7d %7d%n", "all", "", train, test, train + test));
        return s.toString();
    }
}
