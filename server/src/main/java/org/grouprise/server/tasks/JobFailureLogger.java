package org.grouprise.server.tasks;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.listeners.JobListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs a job that ended with an exception once, here, so that jobs themselves stay thin. */
final class JobFailureLogger extends JobListenerSupport {
    private static final Logger LOGGER = LoggerFactory.getLogger(JobFailureLogger.class);

    @Override
    public String getName() {
        return "grouprise-job-failures";
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        if (failure != null) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            LOGGER.warn("Task {} failed; it runs again at its next interval", context.getJobDetail().getKey().getName(),
                cause);
        }
    }
}
