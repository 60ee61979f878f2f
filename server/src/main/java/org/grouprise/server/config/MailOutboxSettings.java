package org.grouprise.server.config;

import java.time.Duration;

/**
 * How the mail outbox is delivered.
 *
 * @param batchSize how many mails one delivery run sends over one SMTP connection
 * @param maxAttempts after this many failed attempts a mail is marked failed
 * @param firstRetryDelay the wait after the first failure; it doubles with each further one
 * @param pollInterval how often the delivery task looks for due mail
 */
public record MailOutboxSettings(int batchSize, int maxAttempts, Duration firstRetryDelay, Duration pollInterval) {
}
