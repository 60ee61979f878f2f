package org.grouprise.server.mail.inbound;

/** Takes a received message for one accepted recipient. */
@FunctionalInterface
public interface InboundDelivery {

    /**
     * Delivers {@code message} to {@code recipient} and answers with the reply the LMTP client gets
     * for that recipient; a temporary failure makes the mail server try again later.
     */
    InboundReply deliver(InboundMessage message, String recipient);
}
