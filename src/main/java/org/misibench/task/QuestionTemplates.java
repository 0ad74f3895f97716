package org.misibench.task;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.misibench.scoring.Task;

/**
 * One fixed question template per task (as the benchmark's paper has), stored as text resources
 * beside this class so curators can read them; {@code {rendering}} is replaced by the shared
 * description of how the images are drawn and of the coordinate frame.
 */
public final class QuestionTemplates {

    private QuestionTemplates() {
    }

    /** The question of {@code task}. */
    public static String question(Task task) {
        return read(task.label() + ".txt").replace("{rendering}", read("common-rendering.txt").strip()).strip();
    }

    /** The question of {@code task} about one residue (T4), e.g. {@code ARG 45}. */
    public static String question(Task task, String residueLabel) {
        return question(task).replace("{residue}", residueLabel);
    }

    private static String read(String name) {
        try (InputStream in = QuestionTemplates.class.getResourceAsStream("templates/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no question template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("read template " + name, e);
        }
    }
}
