package org.misibench.task;

import java.util.List;
import java.util.SplittableRandom;
import org.misibench.scoring.Task;

/**
 * The seeded draws every task uses: one generator per (complex, task, seed), so items depend only
 * on those three and not on which other complexes or tasks a run includes.
 */
final class TaskRandom {

    private TaskRandom() {
    }

    static SplittableRandom of(String complexId, Task task, long seed) {
        return new SplittableRandom(seed ^ complexId.hashCode() * 31L ^ task.number());
    }

    /** An integer in [−max, max] without 0, uniform. */
    static int nonZero(SplittableRandom random, int max) {
        int v = 1 + random.nextInt(max);
        return random.nextBoolean() ? v : -v;
    }

    /** Fisher–Yates with the task's generator (Collections.shuffle would need a java.util.Random). */
    static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
