package org.misibench.jobs.store;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import javax.sql.DataSource;
import org.misibench.render.image.WrittenPng;

/** Records stored images in {@code MISI.IMAGE}; the first complex and execution that made one keep it. */
@Dependent
public class ImageStore {

    private static final String INSERT_NEW = "MERGE INTO MISI.IMAGE T USING (VALUES (CAST(? AS CHAR(64)), CAST(? AS INT), "
            + "CAST(? AS INT), CAST(? AS BIGINT), CAST(? AS VARCHAR(200)), CAST(? AS BIGINT))) "
            + "S(SHA256, WIDTH, HEIGHT, BYTES, COMPLEX_ID, JOB_EXECUTION_ID) ON T.SHA256 = S.SHA256 "
            + "WHEN NOT MATCHED THEN INSERT VALUES (S.SHA256, S.WIDTH, S.HEIGHT, S.BYTES, S.COMPLEX_ID, S.JOB_EXECUTION_ID)";

    @Inject
    DataSource dataSource;

    public ImageStore() {
    }

    public ImageStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void record(Collection<WrittenPng> images, int size, String complexId, long jobExecutionId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT_NEW)) {
            for (WrittenPng png : images) {
                ps.setString(1, png.sha256());
                ps.setInt(2, size);
                ps.setInt(3, size);
                ps.setLong(4, png.bytes());
                ps.setString(5, complexId);
                ps.setLong(6, jobExecutionId);
                try {
                    ps.executeUpdate();
                } catch (SQLException e) {
                    // partitions share images (a T5 target's views): when another partition
                    // inserted the same image between our check and our insert, it is recorded
                    if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        }
    }

    /** SQLState of a unique or primary key violation. */
    private static final String DUPLICATE_KEY = "23505";
}
