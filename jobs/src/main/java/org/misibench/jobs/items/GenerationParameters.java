package org.misibench.jobs.items;

import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import org.misibench.scoring.Task;
import org.misibench.generation.TaskSelection;
import org.misibench.task.GenerationSettings;

/**
 * The generation settings of a run, from the step properties the job XML fills from job
 * parameters ({@code seed}, {@code size}, {@code testFraction} override the defaults of
 * {@code config/generation/default.properties}; {@code tasks}, {@code splitFile}, {@code device},
 * {@code out}). Every partition reads the same properties, so every partition plans the same run.
 */
record GenerationParameters(GenerationSettings settings, Set<Task> tasks, String input, Path splitFile, String device,
                            Path dataFolder) {

    static GenerationParameters from(Properties step) {
        Properties overrides = new Properties();
        copy(step, "seed", overrides, "seed");
        copy(step, "size", overrides, "imageSize");
        copy(step, "testFraction", overrides, "testFraction");
        GenerationSettings settings = GenerationSettings.defaults(overrides);
        String splitFile = step.getProperty("splitFile");
        return new GenerationParameters(settings, TaskSelection.parse(step.getProperty("tasks")),
                step.getProperty("input", "sample"), blank(splitFile) ? null : Path.of(splitFile.trim()),
                blank(step.getProperty("device")) ? "auto" : step.getProperty("device").trim(),
                DataFolder.resolve(step.getProperty("out")));
    }

    Path imagesFolder() {
        return dataFolder.resolve("images");
    }

    private static void copy(Properties from, String key, Properties to, String as) {
        String v = from.getProperty(key);
        if (!blank(v)) {
            to.setProperty(as, v.trim());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
