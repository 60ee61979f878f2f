package org.grouprise.server.mail.inbound;

/** Decides at RCPT time whether this server takes mail for an address. */
@FunctionalInterface
public interface InboundRecipients {

    /**
     * The reply to {@code RCPT TO:<recipient>}: a positive one accepts the recipient, and only
     * accepted recipients get a copy of the message.
     *
     * @param sender the envelope sender, empty for a bounce ({@code MAIL FROM:<>})
     */
    InboundReply check(String sender, String recipient);
}
