package org.grouprise.server.accounts;

import java.time.Instant;

/** A row of the {@code persons} table. */
record PersonRow(long id, String username, String firstName, String lastName, String about, boolean isPublic,
        String passwordHash, boolean staff, boolean active, String language, boolean receivesInboxNotifications,
        boolean receivesEmailNotifications, boolean receivesMatrixNotifications, int score, Instant joinedAt,
        Instant lastLoginAt) {

    boolean canLogIn() {
        return active && passwordHash != null;
    }

    Person toPerson() {
        return new Person(id, username, firstName, lastName, about, isPublic, staff);
    }
}
