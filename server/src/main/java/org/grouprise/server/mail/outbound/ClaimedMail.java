package org.grouprise.server.mail.outbound;

/** An outbox row that one delivery run has claimed for sending. */
record ClaimedMail(long id, String recipient, String envelopeSender, String message, int attempts) {
}
