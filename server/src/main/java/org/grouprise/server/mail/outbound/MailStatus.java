package org.grouprise.server.mail.outbound;

import java.util.Locale;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    QUEUED,
    SENDING,
    SENT,
    FAILED;

    /** The value stored in the database. */
    String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static MailStatus fromDbValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
