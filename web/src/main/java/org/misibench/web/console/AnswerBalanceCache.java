package org.misibench.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.misibench.item.AnswerBalance;
import org.misibench.jobs.review.AnswerDistribution;

/**
 * The dashboard's answer balance, recomputed only when the items changed. With 200,000 items it
 * reads the T9 lines (a parameter decides their bucket), too much for every page view, while the
 * answers change only when items are written: the item count and the latest update time say when.
 */
@ApplicationScoped
public class AnswerBalanceCache {

    @Inject
    DataSource dataSource;

    private AnswerBalance balance;
    private String fingerprint;

    public synchronized AnswerBalance balance() throws SQLException {
        String now = fingerprint();
        if (balance == null || !now.equals(fingerprint)) {
            balance = new AnswerDistribution(dataSource).balance();
            fingerprint = now;
        }
        return balance;
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
