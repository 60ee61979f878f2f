package org.grouprise.server.accounts;

import org.grouprise.server.web.FormErrors;

/** A request the accounts service refuses, with the form field it concerns and a message key. */
public final class AccountException extends RuntimeException {
    private final String field;
    private final String messageKey;

    AccountException(String field, String messageKey) {
        super(field + ": " + messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
    }

    static AccountException forForm(String messageKey) {
        return new AccountException(FormErrors.FORM, messageKey);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
