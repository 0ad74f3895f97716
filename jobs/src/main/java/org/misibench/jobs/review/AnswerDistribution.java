package org.misibench.jobs.review;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.misibench.item.AnswerBalance;
import org.misibench.scoring.Task;

/**
 * The answer balance ({@link AnswerBalance}) of every stored item, for the dashboard's charts.
 * Most tasks bucket by the answer alone, so those are counted per distinct answer in the database;
 * only the task that buckets by a drawn parameter (T9, the number of bonds) reads its item lines.
 */
public final class AnswerDistribution {

    private final DataSource dataSource;

    public AnswerDistribution(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public AnswerBalance balance() throws SQLException {
        AnswerBalance balance = new AnswerBalance();
        String byParameters = Task.POCKET_HBONDS.label();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT task, answer, COUNT(*) FROM misi.item WHERE task <> ? GROUP BY task, answer")) {
                s.setString(1, byParameters);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Task task = Task.byNumber(Integer.parseInt(rs.getString(1).substring(1)));
                        for (long i = rs.getLong(3); i > 0; i--) {
                            balance.add(task, rs.getString(2), Map.of());
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT answer, item_json FROM misi.item WHERE task = ?")) {
                s.setString(1, byParameters);
                s.setFetchSize(500);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        balance.add(Task.POCKET_HBONDS, rs.getString(1), parameters(rs.getString(2)));
                    }
                }
            }
        }
        return balance;
    }

    private static Map<String, String> parameters(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            Map<String, String> out = new HashMap<>();
            JsonObject p = o.getJsonObject("parameters");
            if (p != null) {
                p.forEach((k, v) -> out.put(k, v instanceof JsonString js ? js.getString() : v.toString()));
            }
            return out;
        }
    }
}
