package org.misibench.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.file.Files;
import java.nio.file.Path;
import org.misibench.jobs.items.DataFolder;
import org.misibench.jobs.store.InventoryStore;
import org.misibench.jobs.store.ItemStore;

/**
 * In the server: the WAR deployed to the provisioned WildFly 39 runs the very job XML the SE
 * runner runs, on WildFly's JBeret, writing through the server's H2 datasource and rendering on
 * the machine's Vulkan device.
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
    void theWholePipelineRunsToCompletionInWildFlyWithTheSameJobXml() throws Exception {
        // the job ./misi generate runs, here on WildFly's JBeret: prepare, render and store items
        // (lavapipe inside the server), draft export; small images and three tasks keep it short
        Properties parameters = new Properties();
        parameters.setProperty("tasks", "T1,T4,T9");
        parameters.setProperty("size", "48");
        JobOperator operator = BatchRuntime.getJobOperator();
        long id = operator.start("generate-benchmark", parameters);
        JobExecution execution = await(operator, id);
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), "exit status " + execution.getExitStatus());
        assertEquals(14, new InventoryStore(dataSource).countWrittenBy(id), "one inventory row per bundled complex");
        long run = operator.getJobInstance(id).getInstanceId();
        java.util.Map<String, java.util.Map<String, Long>> counts = new ItemStore(dataSource).countsByTaskAndSplit(run);
        // 14 complexes, 2 of them test: T1 has 2 per axis (x, y) in train and 1 in test, T9 one each
        assertEquals(java.util.Map.of("train", 48L, "test", 4L), counts.get("T1"), counts.toString());
        assertEquals(java.util.Map.of("train", 12L, "test", 2L), counts.get("T9"), counts.toString());
        Path draft = DataFolder.resolve(null).resolve("releases").resolve("draft");
        assertTrue(Files.isRegularFile(draft.resolve("SHA256SUMS")), "draft release in " + draft);
        assertTrue(Files.isRegularFile(draft.resolve("items").resolve("T9_test.jsonl")));
    }

    private static JobExecution await(JobOperator operator, long id) throws InterruptedException {
        JobExecution execution = operator.getJobExecution(id);
        long deadline = System.currentTimeMillis() + 300_000;
        while (!EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED)
                .contains(execution.getBatchStatus()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            execution = operator.getJobExecution(id);
        }
        return execution;
    }
}
