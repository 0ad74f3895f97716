package org.misibench.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
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
 * request from the figures every session shares (DashboardFiguresCache), all grouped in the database.
 */
@Named
@RequestScoped
public class DashboardBean {

    public static final List<String> SPLITS = List.of("train", "test");

    @Inject
    DataSource dataSource;

    @Inject
    DashboardFiguresCache cache;

    private DashboardFigures figures;
    private List<String> answerCharts;

    /** Items of {@code task} ("all" for every task), {@code split} ("all") and {@code state} ("all"). */
    public long count(String task, String split, String state) throws SQLException {
        return figures().count(task, split, state);
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
        if (answerCharts == null) {
            AnswerBalance balance = figures().balance();
            answerCharts = new ArrayList<>();
            for (Task task : Task.values()) {
                Map<String, Integer> histogram = balance.histogram(task);
                if (!histogram.isEmpty()) {
                    answerCharts.add(AnswerChart.svg(task.label() + " · " + task.title(), histogram));
                }
            }
        }
        return answerCharts;
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
        return figures().runs();
    }

    /** When the figures shown were read (UTC, to the second). */
    public String getAsOf() throws SQLException {
        return figures().asOf().toString().substring(0, 19).replace('T', ' ');
    }

    public String when(java.time.Instant instant) {
        return instant.toString().substring(0, 16).replace('T', ' ');
    }

    public long getInventoryCount() throws SQLException {
        return new InventoryStore(dataSource).count();
    }

    /** The shared figures, fetched once per request. */
    private DashboardFigures figures() throws SQLException {
        if (figures == null) {
            figures = cache.figures();
        }
        return figures;
    }
}
