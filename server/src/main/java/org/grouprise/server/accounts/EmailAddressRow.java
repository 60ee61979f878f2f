package org.grouprise.server.accounts;

import java.time.Instant;

/** A row of the {@code email_addresses} table. */
record EmailAddressRow(long id, long personId, String email, boolean verified, boolean isPrimary, Instant createdAt) {

    EmailAddressView toView() {
        return new EmailAddressView(email, verified, isPrimary);
    }
}
