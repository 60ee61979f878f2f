package org.grouprise.server.groups;

/** A change to a group that the service refuses, with the form field it concerns and a message key. */
public final class GroupException extends RuntimeException {
    private final String field;
    private final String messageKey;

    GroupException(String field, String messageKey) {
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
