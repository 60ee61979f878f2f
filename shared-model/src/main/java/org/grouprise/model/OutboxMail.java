package org.grouprise.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A mail in the server's outbox, without its text.
 *
 * @param status {@code queued}, {@code sending}, {@code sent} or {@code failed}
 * @param lastError the last delivery error, absent when there was none
 */
public record OutboxMail(long id, String recipient, String subject, String status, int attempts,
        Instant nextAttemptAt, Optional<String> lastError, Instant createdAt) {

    public OutboxMail {
        lastError = Objects.requireNonNullElse(lastError, Optional.empty());
    }
}
