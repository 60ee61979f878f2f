package org.grouprise.server.accounts;

import java.time.Instant;

/** A row of {@code one_time_tokens}: only the hash of the token is stored. */
record TokenRow(String tokenHash, String purpose, long personId, Long emailAddressId, Instant createdAt,
        Instant expiresAt) {
}
