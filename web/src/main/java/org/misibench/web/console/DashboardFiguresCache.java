package org.misibench.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.misibench.jobs.review.AnswerDistribution;
import org.misibench.jobs.review.ReviewCounts;

/**
 * The dashboard's figures, shared by every session and read again only when the items changed.
 *
 * <p>Counting 200,000 items three ways (per task, split and state; per run; per answer) takes
 * the database seconds, and 20 curators opening the dashboard at once used to wait that long
 * each (bench/console-load.sh). The figures change only when items are written or decided, which
 * the item count and the latest update time tell cheaply (H2 counts a table without scanning it;
 * the latest update comes from the index of Flyway V10). While curators are deciding, those
 * change with every click; the figures are then kept for a while after each recount — five times
 * as long as the recount took, so recounting takes at most a sixth of the time, and at most
 * {@link #MAX_AGE} — and the page says when they were read. A small database recounts in
 * milliseconds, so it always looks current. One recount runs at a time; the others wait for it
 * instead of starting their own.
 */
@ApplicationScoped
public class DashboardFiguresCache {

    /** The oldest figures the dashboard shows while the items keep changing. */
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    @Inject
    DataSource dataSource;

    private Clock clock = Clock.systemUTC();
    private DashboardFigures figures;
    private String fingerprint;
    private Duration recountTook = Duration.ZERO;

    public DashboardFiguresCache() {
    }

    /** For tests: a given database and clock. */
    DashboardFiguresCache(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public synchronized DashboardFigures figures() throws SQLException {
        String now = fingerprint();
        if (figures != null && (now.equals(fingerprint) || young(figures.asOf()))) {
            return figures;
        }
        Instant start = clock.instant();
        ReviewCounts counts = new ReviewCounts(dataSource);
        figures = new DashboardFigures(DashboardFigures.withSums(counts.byTaskSplitState()), counts.runs(10),
                new AnswerDistribution(dataSource).balance(), start);
        fingerprint = now;
        recountTook = Duration.between(start, clock.instant());
        return figures;
    }

    private boolean young(Instant asOf) {
        return Duration.between(asOf, clock.instant()).compareTo(keepFor(recountTook)) < 0;
    }

    /** How long figures that took {@code recount} to read are shown while items keep changing. */
    static Duration keepFor(Duration recount) {
        Duration keep = recount.multipliedBy(5);
        return keep.compareTo(MAX_AGE) > 0 ? MAX_AGE : keep;
    }

    private String fingerprint() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*), MAX(updated_at) FROM misi.item");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1) + "/" + rs.getTimestamp(2);
        }
    }
}
