package org.misibench.generation;

import org.misibench.item.Split;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides which complexes are test complexes. Either a split file names them (one
 * {@code <complex id> <train|test>} per line, {@code #} comments), or a seeded fraction is drawn:
 * complexes are ordered by a hash of (seed, id) and the first {@code round(n × fraction)} go to
 * test (at least one when there are two or more complexes, so a small run still has a test set).
 * Either way a complex's split depends only on the run's input and the settings.
 */
public final class SplitAssigner {

    private SplitAssigner() {
    }

    /** Test by seeded fraction. */
    public static Map<String, Split> byFraction(Collection<String> complexIds, double testFraction, long seed) {
        if (testFraction < 0 || testFraction > 1) {
            throw new IllegalArgumentException("test fraction must lie in [0, 1]: " + testFraction);
        }
        List<String> ids = new ArrayList<>(new java.util.TreeSet<>(complexIds));
        ids.sort(Comparator.comparingLong((String id) -> mix(seed, id)).thenComparing(Comparator.naturalOrder()));
        int tests = (int) Math.round(ids.size() * testFraction);
        if (tests == 0 && testFraction > 0 && ids.size() >= 2) {
            tests = 1;
        }
        Map<String, Split> splits = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            splits.put(ids.get(i), i < tests ? Split.TEST : Split.TRAIN);
        }
        return splits;
    }

    /**
     * The splits a file names. Complexes of the run that the file does not name are train; a line
     * that cannot be read is an error naming the file and line.
     */
    public static Map<String, Split> fromFile(Path file, Collection<String> complexIds) {
        Map<String, Split> named = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("read split file " + file, e);
        }
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("[\\s,]+");
            try {
                if (fields.length != 2) {
                    throw new IllegalArgumentException("expected '<complex id> <train|test>'");
                }
                named.put(fields[0], Split.parse(fields[1]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": " + e.getMessage() + ": " + line);
            }
        }
        Map<String, Split> splits = new TreeMap<>();
        for (String id : complexIds) {
            splits.put(id, named.getOrDefault(id, Split.TRAIN));
        }
        return splits;
    }

    private static long mix(long seed, String id) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }
}
