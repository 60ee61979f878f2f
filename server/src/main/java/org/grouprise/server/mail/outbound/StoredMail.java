package org.grouprise.server.mail.outbound;

/**
 * A mail in the outbox with its text, for an operator who has no SMTP server to read it from.
 *
 * @param message the RFC 822 message as it is (or would be) sent, with CRLF line ends
 */
public record StoredMail(OutboxEntry entry, String message) {
}
