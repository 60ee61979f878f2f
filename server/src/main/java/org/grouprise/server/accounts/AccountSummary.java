package org.grouprise.server.accounts;

import java.time.Instant;
import java.util.Optional;

/** An account as the admin console lists it: who, since when, and what it may do. */
public record AccountSummary(long id, String username, String displayName, boolean staff, boolean active,
        boolean isPublic, Instant joinedAt, Optional<Instant> lastLoginAt) {
}
