package org.grouprise.server.subscriptions;

/** A subscription request that cannot be handled, with a message key for the visitor. */
public final class SubscriptionException extends RuntimeException {
    private final String messageKey;

    SubscriptionException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
