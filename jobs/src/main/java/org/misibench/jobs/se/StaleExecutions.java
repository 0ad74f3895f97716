package org.misibench.jobs.se;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Marks executions that the job repository still shows as running, but whose runner process is
 * gone, as FAILED, so they can be restarted from their last checkpoint. Only call it while
 * holding the folder's {@link RunnerLock} (then no live runner can own them) and before the job
 * operator reads the repository. Works on JBeret's JDBC repository tables directly, because the
 * Jakarta Batch API has no way to fail an execution that is not running in this process.
 */
final class StaleExecutions {

    static final String EXIT_STATUS = "FAILED: the runner process ended while the job was running";

    private StaleExecutions() {
    }

    /** Marks them failed and returns their job execution ids. */
    static List<Long> markFailed(DataSource dataSource) throws SQLException {
        List<Long> stale = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            if (!repositoryExists(c)) {
                return stale;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT JOBEXECUTIONID FROM PUBLIC.JOB_EXECUTION "
                    + "WHERE BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING') ORDER BY JOBEXECUTIONID");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stale.add(rs.getLong(1));
                }
            }
            // partition executions have no end time column
            for (String table : List.of("JOB_EXECUTION", "STEP_EXECUTION", "PARTITION_EXECUTION")) {
                String endTime = table.equals("PARTITION_EXECUTION") ? "" : ", ENDTIME = CURRENT_TIMESTAMP";
                try (PreparedStatement ps = c.prepareStatement("UPDATE PUBLIC." + table + " SET BATCHSTATUS = 'FAILED', "
                        + "EXITSTATUS = ?" + endTime + " WHERE BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')")) {
                    ps.setString(1, EXIT_STATUS);
                    ps.executeUpdate();
                }
            }
        }
        return stale;
    }

    private static boolean repositoryExists(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "JOB_EXECUTION", null)) {
            return rs.next();
        }
    }
}
