package org.grouprise.server.groups;

import java.time.Instant;

/** A stored group action token: what it does ({@code purpose}), to which group, for whom. */
public record GroupActionToken(String tokenHash, String purpose, long groupId, long personId, Instant createdAt,
        Instant expiresAt) {
}
