package org.grouprise.server.mail.outbound;

import java.time.Instant;

/** The parameters of one outbox insert; MyBatis fills in the generated id. */
final class NewOutboxRow {
    private final String messageId;
    private final String recipient;
    private final String envelopeSender;
    private final String subject;
    private final String message;
    private final Instant createdAt;
    private Long id;

    NewOutboxRow(RenderedMail mail, Instant createdAt) {
        this.messageId = mail.messageId();
        this.recipient = mail.recipient();
        this.envelopeSender = mail.envelopeSender();
        this.subject = mail.subject();
        this.message = mail.message();
        this.createdAt = createdAt;
    }

    long id() {
        return id;
    }

    String getMessageId() {
        return messageId;
    }

    String getRecipient() {
        return recipient;
    }

    String getEnvelopeSender() {
        return envelopeSender;
    }

    String getSubject() {
        return subject;
    }

    String getMessage() {
        return message;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void setId(Long id) {
        this.id = id;
    }
}
