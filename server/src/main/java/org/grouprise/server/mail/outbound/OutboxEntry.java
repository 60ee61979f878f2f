package org.grouprise.server.mail.outbound;

import java.time.Instant;

/**
 * A mail in the outbox as the admin console lists it; no body.
 *
 * @param lastError the last delivery error, empty when there was none
 */
public record OutboxEntry(
        long id,
        String recipient,
        String subject,
        MailStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt) {
}
