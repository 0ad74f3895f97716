package org.misibench.web.console;

import jakarta.batch.runtime.JobExecution;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.misibench.jobs.store.InventoryStore;
import org.misibench.web.jobs.JobService;

/**
 * Backs the console's start page: what the database holds, and a button that runs the generate
 * job on the bundled sample and follows its status.
 */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient JobService jobs;

    @Inject
    transient DataSource dataSource;

    private Long executionId;

    /** Starts the generate job on the bundled sample. */
    public void runGenerate() {
        executionId = jobs.start("generate", new Properties());
    }

    /** Nothing to do: the postback itself re-reads the status. */
    public void refresh() {
    }

    public Long getExecutionId() {
        return executionId;
    }

    public String getStatus() {
        if (executionId == null) {
            return "not started";
        }
        JobExecution execution = jobs.execution(executionId);
        return execution.getBatchStatus().name();
    }

    public long getInventoryCount() throws SQLException {
        return new InventoryStore(dataSource).count();
    }
}
