package org.grouprise.server.mail.inbound;

/**
 * An LMTP reply with its enhanced status code (RFC 3463), such as {@code 550 5.1.1 <a@b>: no such
 * recipient here}; a 2xx reply accepts.
 */
public record InboundReply(int code, String status, String text) {

    public InboundReply {
        if (code < 200 || code > 599) {
            throw new IllegalArgumentException("Not an LMTP reply code: " + code);
        }
        if (!status.matches("[245]\\.\\d{1,3}\\.\\d{1,3}") || status.charAt(0) != Integer.toString(code).charAt(0)) {
            throw new IllegalArgumentException("Enhanced status '" + status + "' does not fit reply code " + code);
        }
        if (text.isBlank() || text.contains("\r") || text.contains("\n")) {
            throw new IllegalArgumentException("Reply text must be one non-blank line: '" + text + "'");
        }
    }

    /** The recipient exists and will receive the message. */
    public static InboundReply recipientOk() {
        return new InboundReply(250, "2.1.5", "Ok");
    }

    /** The message was delivered to one recipient. */
    public static InboundReply delivered() {
        return new InboundReply(250, "2.0.0", "Ok, delivered");
    }

    /** A permanent refusal: this server has no mailbox of that address. */
    public static InboundReply noSuchRecipient(String address) {
        return new InboundReply(550, "5.1.1", "<" + address + ">: no such recipient here");
    }

    /** A temporary failure on our side; the mail server keeps the message and tries again later. */
    public static InboundReply temporaryFailure() {
        return new InboundReply(451, "4.3.0", "Temporary failure, please try again later");
    }

    public boolean isPositive() {
        return code < 300;
    }

    /** The reply line as sent on the wire, without CRLF. */
    @Override
    public String toString() {
        return code + " " + status + " " + text;
    }
}
