package org.grouprise.server.web;

import java.time.Instant;

/** A row of the {@code web_sessions} table. */
record SessionRow(String idHash, Long personId, String csrfToken, String language, String flash,
        Instant createdAt, Instant expiresAt) {
}
