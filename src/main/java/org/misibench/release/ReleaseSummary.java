package org.misibench.release;

import java.nio.file.Path;
import java.util.Map;

/**
 * What was written.
 *
 * @param folder the release folder
 * @param counts items per task ({@code T1} … {@code T9}, all nine) and split ({@code train}, {@code test}),
 *               zeros included, in that order
 * @param items  items in all
 * @param images distinct images in {@code images/}
 */
public record ReleaseSummary(Path folder, Map<String, Map<String, Integer>> counts, int items, int images) {
}
