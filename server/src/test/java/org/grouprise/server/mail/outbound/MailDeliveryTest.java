package org.grouprise.server.mail.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.grouprise.server.config.DatabaseSettings;
import org.grouprise.server.config.EmailSubmission;
import org.grouprise.server.config.MailOutboxSettings;
import org.grouprise.server.config.Settings;
import org.grouprise.server.config.SmtpEncryption;
import org.grouprise.server.db.Database;
import org.grouprise.server.testsupport.MutableClock;
import org.grouprise.server.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

class MailDeliveryTest {
    private static final Duration FIRST_RETRY_DELAY = Duration.ofMinutes(1);
    private static final int MAX_ATTEMPTS = 3;
    private static final int BATCH_SIZE = 10;

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final AtomicInteger wakeUps = new AtomicInteger();
    private DatabaseSettings databaseSettings;
    private Database database;
    private GreenMail smtpServer;

    @BeforeEach
    void openDatabase() {
        databaseSettings = TestDatabases.fresh(folder);
        database = Database.open(databaseSettings, MailOutbox.mappers());
    }

    @AfterEach
    void closeEverything() {
        if (smtpServer != null) {
            smtpServer.stop();
        }
        database.close();
    }

    @Test
    void committedMailReachesTheSmtpServerWithItsHeaders() throws Exception {
        int port = startSmtpServer(freePort());
        MailOutbox outbox = outbox(settings(port));
        OutgoingMail mail = OutgoingMail.plainText("noreply@example.org", "Stadtteil Süd", "anna@example.net",
            "Grüße aus der Stadt ✓", "Hallo Anna,\nbis Donnerstag!")
            .withHtmlBody("<p>Hallo Anna,<br>bis Donnerstag!</p>")
            .withHeader("Reply-To", "reply+abc@example.org")
            .asAutoSubmitted();

        database.transactions().run(() -> outbox.enqueue(mail));
        DeliveryRun run = delivery(settings(port)).deliverDue();

        assertThat(run).isEqualTo(new DeliveryRun(1, 1, 0, 0));
        MimeMessage received = onlyReceived();
        assertThat(received.getSubject()).isEqualTo("Grüße aus der Stadt ✓");
        assertThat(received.getFrom()[0].toString()).contains("noreply@example.org");
        assertThat(received.getHeader("From", null)).doesNotContain("ü");
        assertThat(received.getHeader("To", null)).isEqualTo("anna@example.net");
        assertThat(received.getHeader("Reply-To", null)).isEqualTo("reply+abc@example.org");
        assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(received.getHeader("Message-ID", null)).matches("<[0-9a-f-]+@example\\.org>");
        assertThat(received.getSentDate().toInstant()).isEqualTo(clock.instant());
        MimeMultipart alternatives = (MimeMultipart) received.getContent();
        assertThat(alternatives.getContentType()).startsWith("multipart/alternative");
        assertThat(alternatives.getBodyPart(0).getContent()).isEqualTo("Hallo Anna,\r\nbis Donnerstag!");
        assertThat(alternatives.getBodyPart(1).getContentType()).contains("text/html").contains("UTF-8");
    }

    @Test
    void storedEnvelopeSenderIsUsedForDelivery() throws Exception {
        int port = startSmtpServer(freePort());
        outbox(settings(port)).enqueue(plainMail("anna@example.net"));

        delivery(settings(port)).deliverDue();

        assertThat(onlyReceived().getHeader("Return-Path", null)).contains("noreply@example.org");
    }

    @Test
    void rolledBackTransactionLeavesNoMailAndSendsNothing() {
        int port = startSmtpServer(freePort());
        MailOutbox outbox = outbox(settings(port));

        assertThatThrownBy(() -> database.transactions().run(() -> {
            outbox.enqueue(plainMail("anna@example.net"));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");
        DeliveryRun run = delivery(settings(port)).deliverDue();

        assertThat(run).isEqualTo(DeliveryRun.NOTHING);
        assertThat(outbox.countByStatus().values()).containsOnly(0L);
        assertThat(smtpServer.getReceivedMessages()).isEmpty();
        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void deliveryIsWokenOnlyAfterTheCommit() {
        MailOutbox outbox = outbox(settings(freePort()));
        AtomicInteger wakeUpsInsideTransaction = new AtomicInteger(-1);

        database.transactions().run(() -> {
            outbox.enqueue(plainMail("anna@example.net"));
            wakeUpsInsideTransaction.set(wakeUps.get());
        });

        assertThat(wakeUpsInsideTransaction).hasValue(0);
        assertThat(wakeUps).hasValue(1);
    }

    @Test
    void withoutEmailSubmissionMailStaysQueued() {
        Settings withoutSmtp = Settings.builder().dataPath(folder).database(databaseSettings).build();
        MailOutbox outbox = outbox(withoutSmtp);

        long id = outbox.enqueue(plainMail("anna@example.net"));
        DeliveryRun run = delivery(withoutSmtp).deliverDue();

        assertThat(run).isEqualTo(DeliveryRun.NOTHING);
        assertThat(outbox.list(MailStatus.QUEUED, 0, 10)).extracting(OutboxEntry::id).containsExactly(id);
        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void unreachableServerKeepsMailQueuedForALaterAttempt() {
        Settings settings = settings(freePort());
        MailOutbox outbox = outbox(settings);
        outbox.enqueue(plainMail("anna@example.net"));

        DeliveryRun run = delivery(settings).deliverDue();

        assertThat(run).isEqualTo(new DeliveryRun(1, 0, 1, 0));
        OutboxEntry entry = outbox.list(MailStatus.QUEUED, 0, 10).get(0);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.nextAttemptAt()).isEqualTo(clock.instant().plus(FIRST_RETRY_DELAY));
        assertThat(entry.lastError()).contains("Cannot connect");
    }

    @Test
    void mailQueuedDuringAnOutageIsDeliveredOnceWhenTheServerIsBackAndTheRetryIsDue() {
        int port = freePort();
        Settings settings = settings(port);
        MailOutbox outbox = outbox(settings);
        MailDelivery delivery = delivery(settings);
        outbox.enqueue(plainMail("anna@example.net"));
        delivery.deliverDue();

        startSmtpServer(port);
        DeliveryRun beforeDue = delivery.deliverDue();
        clock.advance(FIRST_RETRY_DELAY);
        DeliveryRun due = delivery.deliverDue();
        DeliveryRun afterwards = delivery.deliverDue();

        assertThat(beforeDue).isEqualTo(DeliveryRun.NOTHING);
        assertThat(due).isEqualTo(new DeliveryRun(1, 1, 0, 0));
        assertThat(afterwards).isEqualTo(DeliveryRun.NOTHING);
        assertThat(smtpServer.getReceivedMessages()).hasSize(1);
        assertThat(outbox.countByStatus()).containsEntry(MailStatus.SENT, 1L).containsEntry(MailStatus.QUEUED, 0L);
    }

    @Test
    void mailIsMarkedFailedAfterTheLastAllowedAttempt() {
        Settings settings = settings(freePort());
        MailOutbox outbox = outbox(settings);
        MailDelivery delivery = delivery(settings);
        long id = outbox.enqueue(plainMail("anna@example.net"));

        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            delivery.deliverDue();
            clock.advance(Duration.ofDays(1));
        }

        List<OutboxEntry> failed = outbox.list(MailStatus.FAILED, 0, 10);
        assertThat(failed).extracting(OutboxEntry::id).containsExactly(id);
        assertThat(failed.get(0).attempts()).isEqualTo(MAX_ATTEMPTS);
        assertThat(delivery.deliverDue()).isEqualTo(DeliveryRun.NOTHING);
    }

    @Test
    void failedMailCanBeQueuedAgain() {
        int port = freePort();
        Settings settings = settings(port);
        MailOutbox outbox = outbox(settings);
        MailDelivery delivery = delivery(settings);
        long id = outbox.enqueue(plainMail("anna@example.net"));
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            delivery.deliverDue();
            clock.advance(Duration.ofDays(1));
        }

        startSmtpServer(port);
        boolean requeued = outbox.retry(id);
        DeliveryRun run = delivery.deliverDue();

        assertThat(requeued).isTrue();
        assertThat(run.sent()).isEqualTo(1);
        assertThat(outbox.retry(id)).isFalse();
    }

    @Test
    void mailQueuedBeforeARestartIsDeliveredAfterIt() {
        int port = startSmtpServer(freePort());
        outbox(settings(port)).enqueue(plainMail("anna@example.net"));
        database.close();

        database = Database.open(databaseSettings, MailOutbox.mappers());
        DeliveryRun run = delivery(settings(port)).deliverDue();

        assertThat(run.sent()).isEqualTo(1);
        assertThat(smtpServer.getReceivedMessages()).hasSize(1);
    }

    @Test
    void mailLeftSendingByACrashIsSentAgainOnceTheClaimIsStale() {
        int port = startSmtpServer(freePort());
        long id = outbox(settings(port)).enqueue(plainMail("anna@example.net"));
        database.transactions().run(() ->
            database.mapper(MailOutboxMapper.class).markSending(List.of(id), clock.instant()));
        MailDelivery delivery = delivery(settings(port));

        DeliveryRun whileClaimed = delivery.deliverDue();
        clock.advance(MailDelivery.STALE_CLAIM.plusSeconds(1));
        DeliveryRun afterStale = delivery.deliverDue();

        assertThat(whileClaimed).isEqualTo(DeliveryRun.NOTHING);
        assertThat(afterStale.sent()).isEqualTo(1);
    }

    @Test
    void oneRunSendsAFullBatchOverOneConnectionAndLeavesTheRest() {
        int port = startSmtpServer(freePort());
        MailOutbox outbox = outbox(settings(port));
        database.transactions().run(() -> {
            for (int i = 0; i < BATCH_SIZE + 2; i++) {
                outbox.enqueue(plainMail("person" + i + "@example.net"));
            }
        });
        MailDelivery delivery = delivery(settings(port));

        DeliveryRun first = delivery.deliverDue();
        int receivedAfterFirst = smtpServer.getReceivedMessages().length;
        DeliveryRun second = delivery.deliverDue();

        assertThat(first).isEqualTo(new DeliveryRun(BATCH_SIZE, BATCH_SIZE, 0, 0));
        assertThat(receivedAfterFirst).isEqualTo(BATCH_SIZE);
        assertThat(second).isEqualTo(new DeliveryRun(2, 2, 0, 0));
        assertThat(smtpServer.getReceivedMessages()).hasSize(BATCH_SIZE + 2);
    }

    @Test
    void invalidRecipientIsRejectedWhenEnqueued() {
        MailOutbox outbox = outbox(settings(freePort()));

        assertThatThrownBy(() -> outbox.enqueue(plainMail("not an address")))
            .isInstanceOf(MailException.class)
            .hasMessageContaining("'not an address'");
    }

    @Test
    void headerThatTheOutboxSetsCannotBeOverridden() {
        MailOutbox outbox = outbox(settings(freePort()));

        assertThatThrownBy(() -> outbox.enqueue(plainMail("anna@example.net").withHeader("Subject", "other")))
            .isInstanceOf(MailException.class)
            .hasMessageContaining("Subject");
    }

    @ParameterizedTest
    @CsvSource({"1, PT1M", "2, PT2M", "3, PT4M", "8, PT2H8M", "40, PT24H"})
    void retryDelayDoublesWithEachFailedAttemptUpToADay(int failedAttempts, Duration expected) {
        MailDelivery delivery = delivery(settings(freePort()));

        assertThat(delivery.retryDelay(failedAttempts)).isEqualTo(expected);
    }

    private MailOutbox outbox(Settings settings) {
        return new MailOutbox(database, settings, clock, wakeUps::incrementAndGet);
    }

    private MailDelivery delivery(Settings settings) {
        return new MailDelivery(database, settings, clock);
    }

    private Settings settings(int smtpPort) {
        return Settings.builder()
            .dataPath(folder)
            .database(databaseSettings)
            .emailSubmission(new EmailSubmission("127.0.0.1", smtpPort, "", "", SmtpEncryption.NONE))
            .mailOutbox(new MailOutboxSettings(BATCH_SIZE, MAX_ATTEMPTS, FIRST_RETRY_DELAY, Duration.ofSeconds(10)))
            .build();
    }

    private static OutgoingMail plainMail(String to) {
        return OutgoingMail.plainText("noreply@example.org", "", to, "Hallo", "Text");
    }

    private int startSmtpServer(int port) {
        smtpServer = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtpServer.start();
        return port;
    }

    private MimeMessage onlyReceived() {
        MimeMessage[] received = smtpServer.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the SMTP test server", e);
        }
    }
}
