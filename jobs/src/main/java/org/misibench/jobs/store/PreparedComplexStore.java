package org.misibench.jobs.store;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Reads and upserts {@code MISI.PREPARED_COMPLEX}. */
@Dependent
public class PreparedComplexStore {

    private static final String UPSERT = "MERGE INTO MISI.PREPARED_COMPLEX (COMPLEX_ID, SOURCE_SHA256, LIGAND_REF, "
            + "LIGAND_ATOMS, POCKET_RESIDUES, POCKET_ATOMS, POCKET_RADIUS, JOB_EXECUTION_ID, SOURCE_LOCATION) KEY (COMPLEX_ID) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    DataSource dataSource;

    public PreparedComplexStore() {
    }

    public PreparedComplexStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void upsert(List<PreparedRow> rows) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(UPSERT)) {
            for (PreparedRow row : rows) {
                ps.setString(1, row.summary().id());
                ps.setString(2, row.summary().sha256());
                ps.setString(3, row.ligandRef());
                ps.setInt(4, row.ligandAtoms());
                ps.setInt(5, row.pocketResidues());
                ps.setInt(6, row.pocketAtoms());
                ps.setDouble(7, row.pocketRadius());
                ps.setLong(8, row.jobExecutionId());
                ps.setString(9, row.sourceLocation());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Complexes last prepared by the given job execution. */
    public long countPreparedBy(long jobExecutionId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM MISI.PREPARED_COMPLEX WHERE JOB_EXECUTION_ID = ?")) {
            ps.setLong(1, jobExecutionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Complexes last prepared by any of the given job executions (e.g. a run and its restarts). */
    public long countPreparedBy(java.util.Collection<Long> jobExecutionIds) throws SQLException {
        long total = 0;
        for (long id : jobExecutionIds) {
            total += countPreparedBy(id);
        }
        return total;
    }

    /** The ligand chosen for a complex, if it was prepared. */
    public java.util.Optional<String> ligandRef(String complexId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT LIGAND_REF FROM MISI.PREPARED_COMPLEX WHERE COMPLEX_ID = ?")) {
            ps.setString(1, complexId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** The source hash each prepared complex was prepared from, by complex id. */
    public java.util.Map<String, String> sourceHashes() throws SQLException {
        java.util.Map<String, String> hashes = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COMPLEX_ID, SOURCE_SHA256 FROM MISI.PREPARED_COMPLEX");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hashes.put(rs.getString(1), rs.getString(2));
            }
        }
        return hashes;
    }

    /** Where a prepared complex's files are and what it was prepared from; empty if it was never prepared. */
    public java.util.Optional<PreparedSource> source(String complexId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT p.SOURCE_SHA256, p.LIGAND_REF, i.INPUT_LAYOUT, p.SOURCE_LOCATION "
                     + "FROM MISI.PREPARED_COMPLEX p LEFT JOIN MISI.COMPLEX_INVENTORY i ON i.COMPLEX_ID = p.COMPLEX_ID "
                     + "WHERE p.COMPLEX_ID = ?")) {
            ps.setString(1, complexId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? java.util.Optional.of(PreparedSource.of(complexId, rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4)))
                        : java.util.Optional.empty();
            }
        }
    }
}
