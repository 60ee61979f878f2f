package org.grouprise.server.mail.outbound;

import org.grouprise.server.config.Settings;
import org.grouprise.server.db.Database;
import org.grouprise.server.db.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable queue of outgoing mail: features enqueue rendered mail in the transaction of the change
 * that caused it, and {@link MailDelivery} sends it after the commit.
 */
public final class MailOutbox {
    private static final Logger LOGGER = LoggerFactory.getLogger(MailOutbox.class);

    private final Transactions transactions;
    private final MailOutboxMapper mapper;
    private final MessageRenderer renderer;
    private final Clock clock;
    private final boolean smtpConfigured;
    private final Runnable wakeDelivery;

    /**
     * Creates the outbox; {@code wakeDelivery} is run after each commit that queued mail, typically
     * {@code () -> taskRunner.runNow(MailDelivery.TASK_NAME)}, or a no-op when tasks are off.
     */
    public MailOutbox(Database database, Settings settings, Clock clock, Runnable wakeDelivery) {
        this.transactions = database.transactions();
        this.mapper = database.mapper(MailOutboxMapper.class);
        this.renderer = new MessageRenderer(clock);
        this.clock = clock;
        this.smtpConfigured = settings.emailSubmission().isPresent();
        this.wakeDelivery = wakeDelivery;
    }

    /** The MyBatis mappers of this package, to register with {@link Database#open}. */
    public static List<Class<?>> mappers() {
        return List.of(MailOutboxMapper.class);
    }

    /**
     * Renders the mail and writes it to the outbox in the caller's transaction (or in its own when there
     * is none); it is delivered only if that transaction commits.
     *
     * @return the id of the outbox row
     * @throws MailException when an address or header is not valid
     */
    public long enqueue(OutgoingMail mail) {
        NewOutboxRow row = new NewOutboxRow(renderer.render(mail), clock.instant());
        transactions.run(() -> {
            mapper.insert(row);
            transactions.afterCommit(() -> announce(row.id(), row.getRecipient()));
        });
        return row.id();
    }

    /** How many mails have each status; every status is present. */
    public Map<MailStatus, Long> countByStatus() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        mapper.countByStatus().forEach(row -> counts.put(MailStatus.fromDbValue(row.status()), row.count()));
        return counts;
    }

    /** One page of the mails with the given status, oldest first. */
    public List<OutboxEntry> list(MailStatus status, int offset, int limit) {
        return mapper.list(status.dbValue(), offset, limit);
    }

    /** One mail with its complete RFC 822 text, whatever its status; empty when there is no such id. */
    public Optional<StoredMail> find(long id) {
        return transactions.inTransaction(() -> Optional.ofNullable(mapper.findEntry(id))
            .map(entry -> new StoredMail(entry, mapper.findMessage(id))));
    }

    /**
     * Puts a failed mail back in the queue with fresh attempts, in the caller's transaction (or in its
     * own when there is none); false if it is not failed.
     */
    public boolean retry(long id) {
        return transactions.inTransaction(() -> {
            boolean requeued = mapper.requeueFailed(id, clock.instant()) == 1;
            if (requeued) {
                // After the commit: waking the task runner writes through another connection, which on
                // SQLite would wait for this transaction's lock.
                transactions.afterCommit(() -> announceRetry(id));
            }
            return requeued;
        });
    }

    /**
     * Deletes a queued or failed mail so that it is never sent, in the caller's transaction (or in its
     * own); false if it is being sent, was sent, or does not exist.
     */
    public boolean discard(long id) {
        return transactions.inTransaction(() -> {
            boolean discarded = mapper.discard(id) == 1;
            if (discarded) {
                transactions.afterCommit(() -> LOGGER.info("Mail {} discarded from the outbox", id));
            }
            return discarded;
        });
    }

    private void announceRetry(long id) {
        LOGGER.info("Failed mail {} queued again", id);
        if (smtpConfigured) {
            wakeDelivery.run();
        }
    }

    private void announce(long id, String recipient) {
        if (smtpConfigured) {
            wakeDelivery.run();
        } else {
            LOGGER.info("Mail {} to {} queued; no email_submission configured, it stays in the outbox", id, recipient);
        }
    }
}
