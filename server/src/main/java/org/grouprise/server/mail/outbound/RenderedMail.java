package org.grouprise.server.mail.outbound;

/** A mail rendered to its RFC 822 text, with what delivery needs besides it. */
record RenderedMail(String messageId, String recipient, String envelopeSender, String subject, String message) {
}
