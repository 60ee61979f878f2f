package org.grouprise.server.mail.outbound;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.grouprise.server.config.MailOutboxSettings;
import org.grouprise.server.config.Settings;
import org.grouprise.server.db.Database;
import org.grouprise.server.db.Transactions;
import org.grouprise.server.tasks.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Sends due mail from the outbox in batches, one SMTP connection per batch, with exponential backoff
 * after failures.
 */
public final class MailDelivery {
    /** The task name under which the delivery job runs, for {@code TaskRunner.runNow}. */
    public static final String TASK_NAME = "mail-delivery";

    /** A claim older than this was left by a delivery that died (a crash); its mail becomes due again. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(15);
    private static final Duration LONGEST_RETRY_DELAY = Duration.ofDays(1);
    private static final int LONGEST_ERROR = 1_000;
    private static final Logger LOGGER = LoggerFactory.getLogger(MailDelivery.class);

    private enum Outcome { SENT, RETRIED, FAILED }

    private final Transactions transactions;
    private final MailOutboxMapper outbox;
    private final Optional<SmtpConnector> smtp;
    private final MailOutboxSettings settings;
    private final Clock clock;

    public MailDelivery(Database database, Settings settings, Clock clock) {
        this.transactions = database.transactions();
        this.outbox = database.mapper(MailOutboxMapper.class);
        this.smtp = settings.emailSubmission().map(SmtpConnector::new);
        this.settings = settings.mailOutbox();
        this.clock = clock;
    }

    /** The periodic task that runs {@link #deliverDue()} every {@code mail_outbox.poll_interval}. */
    public Task task() {
        return new Task(TASK_NAME, MailDeliveryJob.class, () -> new MailDeliveryJob(this), settings.pollInterval());
    }

    /**
     * Sends one batch of due mail; without {@code email_submission} it does nothing and the mail
     * stays queued.
     */
    public DeliveryRun deliverDue() {
        if (smtp.isEmpty()) {
            return DeliveryRun.NOTHING;
        }
        Instant now = clock.instant();
        releaseStaleClaims(now);
        List<ClaimedMail> batch = claim(now);
        if (batch.isEmpty()) {
            return DeliveryRun.NOTHING;
        }

        DeliveryRun run = send(smtp.get(), batch);
        LOGGER.info("Mail delivery: {} sent, {} to retry, {} failed", run.sent(), run.retried(), run.failed());
        return run;
    }

    private void releaseStaleClaims(Instant now) {
        int released = transactions.inTransaction(() -> outbox.releaseStale(now.minus(STALE_CLAIM), now));
        if (released > 0) {
            LOGGER.warn("{} mails were claimed by a delivery that did not finish (a crash?); they are sent again,"
                + " and a recipient may get one of them twice", released);
        }
    }

    private List<ClaimedMail> claim(Instant now) {
        return transactions.inTransaction(() -> {
            List<ClaimedMail> due = outbox.selectDue(now, settings.batchSize());
            if (!due.isEmpty()) {
                outbox.markSending(due.stream().map(ClaimedMail::id).toList(), now);
            }
            return due;
        });
    }

    private DeliveryRun send(SmtpConnector connector, List<ClaimedMail> batch) {
        Transport transport;
        try {
            transport = connector.connect();
        } catch (MessagingException e) {
            LOGGER.warn("Cannot connect to the SMTP server {} ({}); {} mails wait for their next attempt."
                + " Check email_submission.", connector.server(), e.getMessage(), batch.size());
            String error = "Cannot connect to " + connector.server() + ": " + e.getMessage();
            return tally(batch.size(), batch.stream().map(mail -> recordFailure(mail, error)).toList());
        }

        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (ClaimedMail mail : batch) {
                outcomes.add(sendOne(connector, transport, mail));
            }
        } finally {
            close(transport);
        }
        return tally(batch.size(), outcomes);
    }

    private Outcome sendOne(SmtpConnector connector, Transport transport, ClaimedMail mail) {
        try {
            byte[] text = mail.message().getBytes(StandardCharsets.UTF_8);
            SMTPMessage message = new SMTPMessage(connector.session(), new ByteArrayInputStream(text));
            message.setEnvelopeFrom(mail.envelopeSender());
            transport.sendMessage(message, new Address[] {new InternetAddress(mail.recipient())});
        } catch (MessagingException | IllegalStateException e) {
            return recordFailure(mail, e.getMessage());
        }
        transactions.run(() -> outbox.markSent(mail.id(), clock.instant()));
        return Outcome.SENT;
    }

    private Outcome recordFailure(ClaimedMail mail, String error) {
        int attempts = mail.attempts() + 1;
        String shortError = error == null ? "unknown error" : truncate(error);
        if (attempts >= settings.maxAttempts()) {
            transactions.run(() -> outbox.markFailed(mail.id(), attempts, shortError));
            LOGGER.warn("Mail {} to {} failed after {} attempts, the last: {}", mail.id(), mail.recipient(),
                attempts, shortError);
            return Outcome.FAILED;
        }
        Instant next = clock.instant().plus(retryDelay(attempts));
        transactions.run(() -> outbox.markRetry(mail.id(), attempts, next, shortError));
        return Outcome.RETRIED;
    }

    /** The wait after the given number of failed attempts: the first delay, doubled after each further one. */
    Duration retryDelay(int failedAttempts) {
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration delay = settings.firstRetryDelay().multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_RETRY_DELAY) > 0 ? LONGEST_RETRY_DELAY : delay;
    }

    private static String truncate(String error) {
        return error.length() <= LONGEST_ERROR ? error : error.substring(0, LONGEST_ERROR);
    }

    private static DeliveryRun tally(int claimed, List<Outcome> outcomes) {
        return new DeliveryRun(claimed, Collections.frequency(outcomes, Outcome.SENT),
            Collections.frequency(outcomes, Outcome.RETRIED), Collections.frequency(outcomes, Outcome.FAILED));
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOGGER.debug("Closing the SMTP connection failed; the mails were sent", e);
        }
    }
}
