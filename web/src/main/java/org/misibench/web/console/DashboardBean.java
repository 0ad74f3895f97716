package org.misibench.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.misibench.item.AnswerBalance;
import org.misibench.jobs.review.ReviewCounts;
import org.misibench.jobs.review.ReviewState;
import org.misibench.jobs.store.InventoryStore;
import org.misibench.scoring.Task;

/**
 * The console's start page: what the database holds per task, split and review state, the
 * generation runs, and two kinds of picture drawn on the server as inline SVG (no chart library):
 * review progress per task, and the answer distribution of each task. Everything is read once per
 * request, all of it grouped in the database.
 */
@Named
@RequestScoped
public class DashboardBean {

    public static final List<String> SPLITS = List.of("train", "test");

    @Inject
    DataSource dataSource;

    @Inject
    AnswerBalanceCache answers;

    private Map<String, Long> cells;
    private List<ReviewCounts.Run> runs;

    /** Items of {@code task} ("all" for every task), {@code split} ("all") and {@code state} ("all"). */
    public long count(String task, String split, String state) throws SQLException {
        return cells().getOrDefault(task + "/" + split + "/" + state, 0L);
    }

    public String formatted(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The share of {@code task}'s items that has been decided, in whole percent. */
    public long decidedPercent(String task) throws SQLException {
        long all = count(task, "all", "all");
        return all == 0 ? 0 : Math.round(100.0 * (all - count(task, "all", ReviewState.PENDING.dbName())) / all);
    }

    /** The stacked review bar of {@code task} (or "all"). */
    public String progressSvg(String task, int width) throws SQLException {
        Map<ReviewState, Long> counts = new EnumMap<>(ReviewState.class);
        for (ReviewState s : ReviewState.values()) {
            counts.put(s, count(task, "all", s.dbName()));
        }
        return ReviewProgressChart.svg(counts, width, task.equals("all") ? 18 : 12);
    }

    /** One answer-distribution chart per task that has items, in task order. */
    public List<String> getAnswerCharts() throws SQLException {
        AnswerBalance balance = answers.balance();
        List<String> charts = new ArrayList<>();
        for (Task task : Task.values()) {
            Map<String, Integer> histogram = balance.histogram(task);
            if (!histogram.isEmpty()) {
                charts.add(AnswerChart.svg(task.label() + " · " + task.title(), histogram));
            }
        }
        return charts;
    }

    public List<String> getTasks() {
        List<String> tasks = new ArrayList<>();
        for (Task t : Task.values()) {
            tasks.add(t.label());
        }
        return tasks;
    }

    public String title(String task) {
        return Task.byNumber(Integer.parseInt(task.substring(1))).title();
    }

    public List<String> getSplits() {
        return SPLITS;
    }

    public ReviewState[] getStates() {
        return ReviewState.values();
    }

    public List<ReviewCounts.Run> getRuns() throws SQLException {
        if (runs == null) {
            runs = new ReviewCounts(dataSource).runs(10);
        }
        return runs;
    }

    public String when(java.time.Instant instant) {
        return instant.toString().substring(0, 16).replace('T', ' ');
    }

    public long getInventoryCount() throws SQLException {
        return new InventoryStore(dataSource).count();
    }

    /** Counts keyed task/split/state, with "all" sums along every axis. */
    private Map<String, Long> cells() throws SQLException {
        if (cells == null) {
            cells = new HashMap<>();
            for (ReviewCounts.Cell c : new ReviewCounts(dataSource).byTaskSplitState()) {
                for (String task : List.of(c.task(), "all")) {
                    for (String split : List.of(c.split(), "all")) {
                        for (String state : List.of(c.state().dbName(), "all")) {
                            cells.merge(task + "/" + split + "/" + state, c.items(), Long::sum);
                        }
                    }
                }
            }
        }
        return cells;
    }
}
