package org.grouprise.server.memberships;

import java.util.List;

/** A recommendation that cannot be sent: the form field, a message key and the names it concerns. */
public final class RecommendationException extends RuntimeException {
    private final String field;
    private final String messageKey;
    private final List<String> names;

    RecommendationException(String field, String messageKey, List<String> names) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
        this.names = List.copyOf(names);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The unknown usernames, for the message; empty for other reasons. */
    public List<String> names() {
        return names;
    }
}
