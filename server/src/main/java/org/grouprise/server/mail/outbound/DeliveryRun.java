package org.grouprise.server.mail.outbound;

/**
 * What one delivery run did.
 *
 * @param claimed mails taken from the outbox
 * @param sent mails the SMTP server accepted
 * @param retried mails put back with a later attempt
 * @param failed mails given up after the last allowed attempt
 */
public record DeliveryRun(int claimed, int sent, int retried, int failed) {
    static final DeliveryRun NOTHING = new DeliveryRun(0, 0, 0, 0);
}
