package org.grouprise.model;

import java.time.Instant;
import java.util.Objects;

/** A bearer token for the admin API and the moment it stops working. */
public record SessionResponse(String token, Instant expiresAt) {

    public SessionResponse {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Never shows the token: whoever reads it can act as the logged-in admin. */
    @Override
    public String toString() {
        return "SessionResponse[token=***, expiresAt=" + expiresAt + "]";
    }
}
