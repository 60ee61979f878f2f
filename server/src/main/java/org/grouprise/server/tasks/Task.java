package org.grouprise.server.tasks;

import org.quartz.Job;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A job the task runner runs every {@code interval}, created by {@code factory} for each run.
 *
 * @param name unique name, also used by {@link TaskRunner#runNow(String)}
 * @param type the job class; it should carry {@code @DisallowConcurrentExecution}
 * @param factory makes a job instance; the composition root passes the services it needs
 * @param interval the time between two scheduled runs
 */
public record Task(String name, Class<? extends Job> type, Supplier<? extends Job> factory, Duration interval) {

    public Task {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(factory, "factory");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("The interval of task " + name + " must be positive: " + interval);
        }
    }
}
