package org.grouprise.server.adminapi;

import java.time.Instant;

/** A bearer token that is neither revoked nor expired, without its hash. */
record AdminToken(long id, long personId, Instant lastUsedAt, Instant expiresAt) {
}
