package org.grouprise.server.tasks;

/** The task runner could not be started, asked to run a job, or stopped. */
public final class TaskException extends RuntimeException {
    public TaskException(String message, Throwable cause) {
        super(message, cause);
    }
}
