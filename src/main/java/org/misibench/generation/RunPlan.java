package org.misibench.generation;

import org.misibench.item.Split;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The complexes of one generation run, each with its split, its rank within the split (which
 * balances the drawn parameters across complexes, see {@code task.Strata}) and the target complex of
 * its T5 items (the next complex of the same split, cyclically; from the other split only when its
 * own has no other complex). Computed from the sorted ids, so any partition of the run can plan a
 * complex without seeing the others.
 */
public final class RunPlan {

    /** One complex's place in the run. */
    public record Entry(String complexId, Split split, int rank, Optional<String> t5Target) {
    }

    private final Map<String, Entry> entries;

    private RunPlan(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static RunPlan of(Map<String, Split> splits) {
        Map<Split, List<String>> bySplit = new TreeMap<>();
        for (Split s : Split.values()) {
            bySplit.put(s, new ArrayList<>());
        }
        new TreeMap<>(splits).forEach((id, split) -> bySplit.get(split).add(id));
        List<String> all = new ArrayList<>(new TreeMap<>(splits).keySet());
        Map<String, Entry> entries = new TreeMap<>();
        for (Map.Entry<Split, List<String>> e : bySplit.entrySet()) {
            List<String> ids = e.getValue();
            for (int rank = 0; rank < ids.size(); rank++) {
                String id = ids.get(rank);
                Optional<String> target;
                if (ids.size() > 1) {
                    target = Optional.of(ids.get((rank + 1) % ids.size()));
                } else if (all.size() > 1) {
                    target = Optional.of(all.get((all.indexOf(id) + 1) % all.size()));
                } else {
                    target = Optional.empty(); // a run of one complex has no T5 items
                }
                entries.put(id, new Entry(id, e.getKey(), rank, target));
            }
        }
        return new RunPlan(Collections.unmodifiableMap(entries));
    }

    public Entry entry(String complexId) {
        Entry e = entries.get(complexId);
        if (e == null) {
            throw new IllegalArgumentException("complex " + complexId + " is not part of this run");
        }
        return e;
    }

    /** All entries, sorted by complex id. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public int size() {
        return entries.size();
    }
}
