package org.grouprise.server.memberships;

/** A membership change that is not allowed, with a message key for the visitor. */
public final class MembershipException extends RuntimeException {
    private final String messageKey;

    MembershipException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
