package org.grouprise.server.accounts;

import java.time.Instant;
import java.util.Optional;

/** A row of the {@code persons} table. */
record PersonRow(long id, String username, String firstName, String lastName, String about, boolean isPublic,
        String passwordHash, boolean staff, boolean active, String language, boolean receivesInboxNotifications,
        boolean receivesEmailNotifications, boolean receivesMatrixNotifications, int score, Instant joinedAt,
        Instant lastLoginAt) {

    boolean canLogIn() {
        return active && passwordHash != null;
    }

    AccountSummary toSummary() {
        return new AccountSummary(id, username, toPerson().displayName(), staff, active, isPublic, joinedAt,
            Optional.ofNullable(lastLoginAt));
    }

    Person toPerson() {
        return new Person(id, username, firstName, lastName, about, isPublic, staff);
    }
}
