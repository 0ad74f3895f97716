package org.misibench.jobs.items;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits {@code generate-items} into {@code partitions} (default 2: both cores of the machines we
 * run on; each partition renders on its own Vulkan device queue). Partition {@code k} learns only
 * {@code k} and the count and plans its share itself ({@link RunPlanner}), so the plan never has
 * to travel through the job repository, and a restart re-creates the same partitions.
 */
@Named
@Dependent
public class ItemPartitionMapper implements PartitionMapper {

    @Inject
    @BatchProperty
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        int n = partitions == null || partitions.isBlank() ? 2 : Integer.parseInt(partitions.trim());
        if (n < 1 || n > 64) {
            throw new IllegalArgumentException("partitions must be between 1 and 64, was " + n);
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(n);
        Properties[] properties = new Properties[n];
        for (int k = 0; k < n; k++) {
            properties[k] = new Properties();
            properties[k].setProperty("partition", Integer.toString(k));
            properties[k].setProperty("partitions", Integer.toString(n));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
