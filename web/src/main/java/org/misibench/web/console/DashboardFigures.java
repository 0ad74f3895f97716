package org.misibench.web.console;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.misibench.item.AnswerBalance;
import org.misibench.jobs.review.ReviewCounts;

/**
 * Everything the dashboard shows, read from the database at one moment: item counts keyed
 * task/split/state (with "all" sums along every axis), the latest generation runs and the answer
 * balance.
 */
record DashboardFigures(Map<String, Long> cells, List<ReviewCounts.Run> runs, AnswerBalance balance, Instant asOf) {

    DashboardFigures {
        cells = Map.copyOf(cells);
        runs = List.copyOf(runs);
    }

    /** Sums the database's task × split × state cells along every axis. */
    static Map<String, Long> withSums(List<ReviewCounts.Cell> byTaskSplitState) {
        Map<String, Long> cells = new HashMap<>();
        for (ReviewCounts.Cell c : byTaskSplitState) {
            for (String task : List.of(c.task(), "all")) {
                for (String split : List.of(c.split(), "all")) {
                    for (String state : List.of(c.state().dbName(), "all")) {
                        cells.merge(task + "/" + split + "/" + state, c.items(), Long::sum);
                    }
                }
            }
        }
        return cells;
    }

    long count(String task, String split, String state) {
        return cells.getOrDefault(task + "/" + split + "/" + state, 0L);
    }
}
