package org.grouprise.server.mail.inbound.parsing;

/**
 * A message that cannot or must not be read; {@link #reason()} tells the LMTP layer which reply code fits.
 */
public final class MailParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a message was refused. */
    public enum Reason {
        /** Not a readable RFC 822 message (a permanent failure, 554 5.6.0). */
        MALFORMED,
        /** The header section exceeds {@link MailParser#MAX_HEADER_BYTES} (552 5.3.4). */
        HEADER_TOO_LARGE,
        /** A line exceeds {@link MailParser#MAX_LINE_BYTES} (552 5.3.4). */
        LINE_TOO_LONG,
        /** More than {@link MailParser#MAX_PARTS} MIME parts (552 5.3.4). */
        TOO_MANY_PARTS,
        /** MIME parts nested deeper than {@link MailParser#MAX_DEPTH} (552 5.3.4). */
        NESTED_TOO_DEEP,
        /** The text to store exceeds {@link MailParser#MAX_TEXT_CHARS} characters (552 5.3.4). */
        TEXT_TOO_LONG
    }

    private final Reason reason;

    MailParseException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    MailParseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
