package org.misibench.jobs.store;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Reads and upserts {@code MISI.COMPLEX_INVENTORY}. */
@Dependent
public class InventoryStore {

    private static final String UPSERT = "MERGE INTO MISI.COMPLEX_INVENTORY "
            + "(COMPLEX_ID, INPUT_LAYOUT, SOURCE_SHA256, SOURCE_BYTES, ATOM_RECORDS, JOB_EXECUTION_ID) "
            + "KEY (COMPLEX_ID) VALUES (?, ?, ?, ?, ?, ?)";

    @Inject
    DataSource dataSource;

    public InventoryStore() {
    }

    public InventoryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts or replaces each complex's row. */
    public void upsert(List<InventoryRow> rows) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(UPSERT)) {
            for (InventoryRow row : rows) {
                ps.setString(1, row.summary().id());
                ps.setString(2, row.summary().layout().name());
                ps.setString(3, row.summary().sha256());
                ps.setLong(4, row.summary().bytes());
                ps.setInt(5, row.summary().atomRecords());
                ps.setLong(6, row.jobExecutionId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Rows in the table. */
    public long count() throws SQLException {
        return scalar("SELECT COUNT(*) FROM MISI.COMPLEX_INVENTORY");
    }

    /** Rows last written by the given job execution. */
    public long countWrittenBy(long jobExecutionId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT COUNT(*) FROM MISI.COMPLEX_INVENTORY WHERE JOB_EXECUTION_ID = ?")) {
            ps.setLong(1, jobExecutionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
