package org.misibench.generation;

import java.util.EnumSet;
import java.util.Set;
import org.misibench.scoring.Task;

/** Which tasks a run draws: {@code all}, or a comma-separated list such as {@code T1,T4,T9}. */
public final class TaskSelection {

    private TaskSelection() {
    }

    public static Set<Task> parse(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("all")) {
            return EnumSet.allOf(Task.class);
        }
        Set<Task> tasks = EnumSet.noneOf(Task.class);
        for (String part : text.split(",")) {
            String p = part.strip().toUpperCase(java.util.Locale.ROOT);
            if (!p.matches("T[1-9]")) {
                throw new IllegalArgumentException("unknown task '" + part.strip() + "' (T1 … T9 or all)");
            }
            tasks.add(Task.byNumber(p.charAt(1) - '0'));
        }
        return tasks;
    }

    /** The canonical text of a selection, e.g. {@code T1,T4} or {@code all}. */
    public static String format(Set<Task> tasks) {
        if (tasks.size() == Task.values().length) {
            return "all";
        }
        return String.join(",", tasks.stream().map(Task::label).toList());
    }
}
