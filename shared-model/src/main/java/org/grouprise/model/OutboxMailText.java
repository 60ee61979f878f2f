package org.grouprise.model;

/**
 * A mail in the outbox with what a person reads of it: the main headers and the plain text body,
 * decoded.
 */
public record OutboxMailText(OutboxMail mail, String text) {
}
