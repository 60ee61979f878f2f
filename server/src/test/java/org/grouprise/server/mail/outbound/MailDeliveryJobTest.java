package org.grouprise.server.mail.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.grouprise.server.config.DatabaseSettings;
import org.grouprise.server.config.EmailSubmission;
import org.grouprise.server.config.MailOutboxSettings;
import org.grouprise.server.config.Settings;
import org.grouprise.server.config.SmtpEncryption;
import org.grouprise.server.db.Database;
import org.grouprise.server.tasks.TaskRunner;
import org.grouprise.server.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

class MailDeliveryJobTest {
    @TempDir
    Path folder;

    private GreenMail smtpServer;
    private DatabaseSettings databaseSettings;
    private Database database;

    @BeforeEach
    void start() {
        smtpServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtpServer.start();
        databaseSettings = TestDatabases.fresh(folder);
        database = Database.open(databaseSettings, MailOutbox.mappers());
    }

    @AfterEach
    void stop() {
        database.close();
        smtpServer.stop();
    }

    @Test
    void committedMailIsDeliveredByTheTaskRunnerWithoutWaitingForTheSchedule() {
        Settings settings = Settings.builder().dataPath(folder).database(databaseSettings)
            .emailSubmission(new EmailSubmission("127.0.0.1", smtpServer.getSmtp().getPort(), "", "",
                SmtpEncryption.NONE))
            .mailOutbox(new MailOutboxSettings(100, 8, Duration.ofMinutes(1), Duration.ofHours(1)))
            .build();
        MailDelivery delivery = new MailDelivery(database, settings, Clock.systemUTC());

        try (TaskRunner tasks = TaskRunner.start(database, List.of(delivery.task()))) {
            MailOutbox outbox = new MailOutbox(database, settings, Clock.systemUTC(),
                () -> tasks.runNow(MailDelivery.TASK_NAME));
            database.transactions().run(() -> outbox.enqueue(
                OutgoingMail.plainText("noreply@example.org", "", "anna@example.net", "Hallo", "Text")));

            assertThat(smtpServer.waitForIncomingEmail(20_000, 1)).isTrue();
        }
    }
}
