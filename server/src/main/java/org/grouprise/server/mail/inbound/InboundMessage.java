package org.grouprise.server.mail.inbound;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

/**
 * A message as the LMTP client sent it: the envelope and the RFC 822 bytes after dot-unstuffing,
 * with CRLF line ends and no header added by us.
 */
public final class InboundMessage {
    private final String sender;
    private final List<String> recipients;
    private final byte[] content;

    InboundMessage(String sender, List<String> recipients, byte[] content) {
        this.sender = sender;
        this.recipients = List.copyOf(recipients);
        this.content = content;
    }

    /** The envelope sender, empty for a bounce. */
    public String sender() {
        return sender;
    }

    /** Every accepted recipient of this transaction, in RCPT order. */
    public List<String> recipients() {
        return recipients;
    }

    public int size() {
        return content.length;
    }

    /** The message bytes; each call gets a stream of its own, so that every recipient reads them all. */
    public InputStream open() {
        return new ByteArrayInputStream(content);
    }

    /** A copy of the message bytes. */
    public byte[] bytes() {
        return content.clone();
    }
}
