package org.grouprise.server.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.grouprise.server.db.Database;
import org.grouprise.server.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

class TaskRunnerTest {
    private static final Duration NOT_BEFORE_THE_TEST_ENDS = Duration.ofHours(1);

    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void openDatabase() {
        database = Database.open(TestDatabases.fresh(folder), List.of());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void runNowRunsTheJobMadeByItsFactory() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        Task probe = new Task("probe", ProbeJob.class, () -> new ProbeJob(ran), NOT_BEFORE_THE_TEST_ENDS);

        try (TaskRunner runner = TaskRunner.start(database, List.of(probe))) {
            runner.runNow("probe");

            assertThat(ran.await(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void runnerReportsRunningUntilClosed() {
        Task probe = new Task("probe", ProbeJob.class, () -> new ProbeJob(new CountDownLatch(1)),
            NOT_BEFORE_THE_TEST_ENDS);

        TaskRunner runner = TaskRunner.start(database, List.of(probe));
        boolean runningBeforeClose = runner.isRunning();
        runner.close();

        assertThat(runningBeforeClose).isTrue();
        assertThat(runner.isRunning()).isFalse();
        assertThatThrownBy(() -> runner.runNow("probe")).isInstanceOf(TaskException.class);
    }

    @Test
    void restartedRunnerReplacesTheStoredSchedule() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        TaskRunner.start(database, List.of(new Task("probe", ProbeJob.class,
            () -> new ProbeJob(new CountDownLatch(1)), NOT_BEFORE_THE_TEST_ENDS))).close();

        try (TaskRunner runner = TaskRunner.start(database,
                List.of(new Task("probe", ProbeJob.class, () -> new ProbeJob(ran), NOT_BEFORE_THE_TEST_ENDS)))) {
            runner.runNow("probe");

            assertThat(ran.await(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void taskWithoutPositiveIntervalIsRejected() {
        assertThatThrownBy(() -> new Task("probe", ProbeJob.class, () -> new ProbeJob(new CountDownLatch(1)),
            Duration.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probe");
    }

    @DisallowConcurrentExecution
    static final class ProbeJob implements Job {
        private final CountDownLatch ran;

        ProbeJob(CountDownLatch ran) {
            this.ran = ran;
        }

        @Override
        public void execute(JobExecutionContext context) {
            ran.countDown();
        }
    }
}
