package org.misibench.scoring;

import java.nio.file.Path;

/** A line of a predictions file that could not be used, with where it is and why. */
public record LineProblem(Path file, int line, String reason) {

    /** {@code file:line: reason}, the form editors and compilers use, so the line can be jumped to. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
