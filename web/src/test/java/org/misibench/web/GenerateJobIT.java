package org.misibench.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.util.EnumSet;
import java.util.Properties;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.misibench.jobs.store.InventoryStore;

/**
 * In the server: the WAR deployed to the provisioned WildFly 39 runs the very generate job the
 * SE runner runs, on WildFly's JBeret, writing through the server's H2 datasource.
 */
@ExtendWith(ArquillianExtension.class)
class GenerateJobIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWarForInContainerTests();
    }

    @Resource(lookup = "java:jboss/datasources/MisiDS")
    DataSource dataSource;

    @Test
    void theGenerateJobRunsToCompletionInWildFly() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        long id = operator.start("generate", new Properties());
        JobExecution execution = operator.getJobExecution(id);
        long deadline = System.currentTimeMillis() + 120_000;
        while (!EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED)
                .contains(execution.getBatchStatus()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            execution = operator.getJobExecution(id);
        }
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), "exit status " + execution.getExitStatus());
        assertEquals(14, new InventoryStore(dataSource).countWrittenBy(id), "one inventory row per bundled complex");
    }
}
