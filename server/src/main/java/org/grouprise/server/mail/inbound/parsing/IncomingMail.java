package org.grouprise.server.mail.inbound.parsing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a received mail says, independent of its envelope: the sender from {@code From} (address and display
 * name, each empty when missing), the decoded subject, the threading headers (message ids without angle
 * brackets, empty when missing), the {@code Date}, the text to store (quoted history and signature removed),
 * the attachments, whether a robot sent it and, for a bounce, the delivery status it reports.
 */
public record IncomingMail(String fromAddress, String fromName, String subject, String messageId,
    String inReplyTo, List<String> references, Optional<Instant> date, String text,
    List<MailAttachment> attachments, boolean automatic, Optional<DeliveryStatus> deliveryStatus) {

    public IncomingMail {
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
    }
}
