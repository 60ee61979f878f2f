package org.grouprise.server.tasks;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Deletes what has expired (sessions, one-time tokens, rate-limit events); each step is a service
 * method that answers how many rows it removed.
 */
@DisallowConcurrentExecution
public final class HousekeepingJob implements Job {
    public static final String TASK_NAME = "housekeeping";
    private static final Logger LOGGER = LoggerFactory.getLogger(HousekeepingJob.class);

    private final Map<String, IntSupplier> steps;

    private HousekeepingJob(Map<String, IntSupplier> steps) {
        this.steps = steps;
    }

    /** The hourly task for the given steps, named for the log line. */
    public static Task task(Map<String, IntSupplier> steps) {
        Map<String, IntSupplier> ordered = new LinkedHashMap<>(steps);
        return new Task(TASK_NAME, HousekeepingJob.class, () -> new HousekeepingJob(ordered), Duration.ofHours(1));
    }

    @Override
    public void execute(JobExecutionContext context) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        steps.forEach((name, step) -> removed.put(name, step.getAsInt()));
        LOGGER.info("Housekeeping removed {}", removed);
    }
}
