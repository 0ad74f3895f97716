package org.misibench.jobs.store;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Records inputs a step could not use ({@code MISI.QUARANTINE}), one row per complex and step. */
@Dependent
public class QuarantineStore {

    private static final String UPSERT = "MERGE INTO MISI.QUARANTINE "
            + "(COMPLEX_ID, STEP, LOCATION, PROBLEM, REASON, JOB_EXECUTION_ID) KEY (COMPLEX_ID, STEP) VALUES (?, ?, ?, ?, ?, ?)";

    @Inject
    DataSource dataSource;

    public QuarantineStore() {
    }

    public QuarantineStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void record(QuarantineEntry entry) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, entry.complexId());
            ps.setString(2, entry.step());
            ps.setString(3, truncate(entry.location(), 2000));
            ps.setString(4, entry.problem());
            ps.setString(5, truncate(entry.reason(), 4000));
            ps.setLong(6, entry.jobExecutionId());
            ps.executeUpdate();
        }
    }

    /** Entries recorded by the given job execution, by complex id. */
    public List<QuarantineEntry> recordedBy(long jobExecutionId) throws SQLException {
        return select("WHERE JOB_EXECUTION_ID = ? ORDER BY COMPLEX_ID, STEP", jobExecutionId);
    }

    /** The latest {@code limit} entries, newest execution first, for the console's jobs page. */
    public List<QuarantineEntry> recent(int limit) throws SQLException {
        return select("ORDER BY JOB_EXECUTION_ID DESC, COMPLEX_ID, STEP LIMIT ?", limit);
    }

    private List<QuarantineEntry> select(String whereAndOrder, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COMPLEX_ID, STEP, LOCATION, PROBLEM, REASON, JOB_EXECUTION_ID "
                     + "FROM MISI.QUARANTINE " + whereAndOrder)) {
            ps.setLong(1, parameter);
            List<QuarantineEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new QuarantineEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getLong(6)));
                }
            }
            return entries;
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
