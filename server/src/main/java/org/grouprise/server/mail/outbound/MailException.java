package org.grouprise.server.mail.outbound;

/** A mail could not be rendered, for example because an address is not valid. */
public final class MailException extends RuntimeException {
    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
