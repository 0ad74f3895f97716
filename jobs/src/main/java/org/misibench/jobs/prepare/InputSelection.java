package org.misibench.jobs.prepare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.misibench.source.BundledSample;
import org.misibench.source.ComplexSource;
import org.misibench.source.ComplexSourceScanner;
import org.misibench.source.SourceException;

/**
 * The {@code input} job parameter: {@value BundledSample#INPUT_NAME} for the bundled complexes,
 * or comma-separated paths on disk, resolved to complexes in a stable order.
 */
public final class InputSelection {

    private InputSelection() {
    }

    public static List<ComplexSource> resolve(String input) throws SourceException {
        String spec = input == null || input.isBlank() ? BundledSample.INPUT_NAME : input.trim();
        if (spec.equals(BundledSample.INPUT_NAME)) {
            return BundledSample.complexes();
        }
        List<ComplexSource> all = new ArrayList<>();
        for (String part : spec.split(",")) {
            if (!part.isBlank()) {
                all.addAll(ComplexSourceScanner.scan(Path.of(part.trim())));
            }
        }
        return all;
    }
}
