package org.misibench.item;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.misibench.scoring.Task;

/**
 * How the answers of a set of items spread over their range, per task: the check that a model
 * cannot score by always giving the most common answer (CLEVR reports the same for its questions).
 * Answers are bucketed by what was drawn: the operation for T1–T3, the rotation for T7 (its
 * translation follows from the pocket's size), yes/no for T4, the letter for T5/T6/T8, and the
 * number of bonds for T9.
 */
public final class AnswerBalance {

    private final Map<Task, Map<String, Integer>> counts = new EnumMap<>(Task.class);

    public void add(Task task, String answer, Map<String, String> parameters) {
        counts.computeIfAbsent(task, t -> new TreeMap<>()).merge(bucket(task, answer, parameters), 1, Integer::sum);
    }

    static String bucket(Task task, String answer, Map<String, String> parameters) {
        return switch (task) {
            case TRANSLATION, ROTATION, ZOOMING, TRANSLATION_ROTATION, ROTATION_ROTATION, INTERACTION_LOCATION -> answer;
            case RESIDUE_HBONDS -> answer.startsWith("Yes") ? "Yes" : "No";
            case LIGAND_DOCKING -> answer.substring(0, answer.indexOf(',') < 0 ? answer.length() : answer.indexOf(','));
            case POCKET_HBONDS -> {
                int bonds = Integer.parseInt(parameters.getOrDefault("bonds", "0"));
                yield bonds >= 6 ? "6+ bonds" : bonds + " bond" + (bonds == 1 ? "" : "s");
            }
        };
    }

    /** The counts of one task, by bucket (sorted). */
    public Map<String, Integer> histogram(Task task) {
        return Map.copyOf(counts.getOrDefault(task, Map.of()));
    }

    /**
     * Pearson's χ² of a task's counts against the uniform distribution over the buckets seen,
     * divided by its degrees of freedom: about 1 for uniform draws, much larger when skewed.
     */
    public double chiSquarePerDegree(Task task) {
        Map<String, Integer> h = counts.getOrDefault(task, Map.of());
        if (h.size() < 2) {
            return 0;
        }
        double total = h.values().stream().mapToInt(Integer::intValue).sum();
        double expected = total / h.size();
        double chi = 0;
        for (int n : h.values()) {
            chi += (n - expected) * (n - expected) / expected;
        }
        return chi / (h.size() - 1);
    }

    /** Text histograms, one block per task, bars scaled to the task's largest bucket. */
    public String render() {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<Task, Map<String, Integer>> e : counts.entrySet()) {
            Task task = e.getKey();
            Map<String, Integer> h = e.getValue();
            int max = h.values().stream().mapToInt(Integer::intValue).max().orElse(1);
            int min = h.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            s.append(String.format(Locale.ROOT, "%s %s: %d answers in %d buckets, min %d, max %d, chi2/dof %.2f%n",
                    task.label(), task.title(), h.values().stream().mapToInt(Integer::intValue).sum(), h.size(), min, max,
                    chiSquarePerDegree(task)));
            for (Map.Entry<String, Integer> b : h.entrySet()) {
                int width = (int) Math.round(40.0 * b.getValue() / max);
                s.append(String.format(Locale.ROOT, "  %-22s %5d %s%n", b.getKey(), b.getValue(), "#".repeat(width)));
            }
        }
        return s.toString();
    }
}
