package org.grouprise.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An account in the admin console's list of people.
 *
 * @param active false for a deactivated account, which cannot log in
 * @param lastLoginAt absent when the person never logged in
 */
public record PersonSummary(long id, String username, String displayName, boolean staff, boolean active,
        boolean isPublic, Instant joinedAt, Optional<Instant> lastLoginAt) {

    public PersonSummary {
        lastLoginAt = Objects.requireNonNullElse(lastLoginAt, Optional.empty());
    }
}
