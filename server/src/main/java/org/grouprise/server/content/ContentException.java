package org.grouprise.server.content;

/** A content form that cannot be saved, with the field and the message key to show. */
public final class ContentException extends RuntimeException {
    private final String field;
    private final String messageKey;

    ContentException(String field, String messageKey) {
        super(field + ": " + messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
