package org.grouprise.server.tasks;

import org.grouprise.server.config.DatabaseSettings;
import org.grouprise.server.db.Database;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.HSQLDBDelegate;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the server's periodic tasks with Quartz's JDBC job store in the application's database, so
 * that on PostgreSQL each run happens on one node of a cluster.
 */
public final class TaskRunner implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(TaskRunner.class);
    private static final String SCHEDULER_NAME = "grouprise";
    private static final String GROUP = "grouprise";
    private static final AtomicInteger DATA_SOURCE_NUMBER = new AtomicInteger();

    private final Scheduler scheduler;

    private TaskRunner(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts the scheduler and (re)schedules every task; call {@link #close()} when the server stops. */
    public static TaskRunner start(Database database, List<Task> tasks) {
        Scheduler scheduler = createScheduler(database, tasks);
        try {
            scheduler.setJobFactory(new SupplierJobFactory(factories(tasks)));
            scheduler.getListenerManager().addJobListener(new JobFailureLogger());
            for (Task task : tasks) {
                schedule(scheduler, task);
            }
            scheduler.start();
        } catch (SchedulerException | RuntimeException e) {
            shutDown(scheduler);
            throw new TaskException("Cannot start the task runner: " + e.getMessage(), e);
        }
        LOGGER.info("Task runner started with {} tasks ({})", tasks.size(),
            database.engine() == DatabaseSettings.Engine.POSTGRESQL ? "clustered" : "single node");
        return new TaskRunner(scheduler);
    }

    /** Asks for one extra run of the named task as soon as a worker is free (after the current run, if any). */
    public void runNow(String name) {
        try {
            scheduler.triggerJob(JobKey.jobKey(name, GROUP));
        } catch (SchedulerException e) {
            throw new TaskException("Cannot run task " + name + " now: " + e.getMessage(), e);
        }
    }

    /** Whether the scheduler is started and not shut down, for the health page. */
    public boolean isRunning() {
        try {
            return scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
        } catch (SchedulerException e) {
            LOGGER.debug("Cannot ask the scheduler for its state", e);
            return false;
        }
    }

    /** Stops the scheduler and waits for running jobs; its threads would otherwise outlive the server. */
    @Override
    public void close() {
        shutDown(scheduler);
        LOGGER.info("Task runner stopped");
    }

    private static Scheduler createScheduler(Database database, List<Task> tasks) {
        String dataSourceName = "grouprise-tasks-" + DATA_SOURCE_NUMBER.incrementAndGet();
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName,
            new DataSourceConnectionProvider(database.dataSource()));
        try {
            return new StdSchedulerFactory(quartzProperties(database.engine(), dataSourceName)).getScheduler();
        } catch (SchedulerException e) {
            throw new TaskException("Cannot create the task scheduler: " + e.getMessage(), e);
        }
    }

    private static Properties quartzProperties(DatabaseSettings.Engine engine, String dataSourceName) {
        boolean clustered = engine == DatabaseSettings.Engine.POSTGRESQL;
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        properties.setProperty("org.quartz.scheduler.instanceId", clustered ? "AUTO" : "single");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        properties.setProperty("org.quartz.threadPool.threadCount", "2");
        properties.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        properties.setProperty("org.quartz.jobStore.class", JobStoreTX.class.getName());
        properties.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        properties.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(clustered));
        // SQLite's driver cannot read BLOBs the way the standard delegate asks; HSQLDB's way works.
        properties.setProperty("org.quartz.jobStore.driverDelegateClass",
            clustered ? PostgreSQLDelegate.class.getName() : HSQLDBDelegate.class.getName());
        return properties;
    }

    private static Map<Class<? extends Job>, Supplier<? extends Job>> factories(List<Task> tasks) {
        Map<Class<? extends Job>, Supplier<? extends Job>> factories = new HashMap<>();
        for (Task task : tasks) {
            if (factories.put(task.type(), task.factory()) != null) {
                throw new IllegalArgumentException("Two tasks share the job class " + task.type().getName());
            }
        }
        return factories;
    }

    private static void schedule(Scheduler scheduler, Task task) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(task.type())
            .withIdentity(task.name(), GROUP)
            .storeDurably()
            .build();
        Trigger trigger = TriggerBuilder.newTrigger()
            .withIdentity(task.name(), GROUP)
            .startAt(Date.from(Instant.now().plus(task.interval())))
            .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(task.interval().toMillis())
                .repeatForever()
                .withMisfireHandlingInstructionNextWithRemainingCount())
            .build();
        // Replacing keeps a restarted node, or a second node of a cluster, from failing on the stored job.
        scheduler.scheduleJob(job, Set.of(trigger), true);
    }

    private static void shutDown(Scheduler scheduler) {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            throw new TaskException("Cannot stop the task scheduler: " + e.getMessage(), e);
        }
    }
}
