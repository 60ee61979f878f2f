package org.grouprise.server.groups;

import java.time.Instant;

/** A row of the {@code groups} table. */
record GroupRow(long id, String name, String slug, String description, String descriptionHtml, String address,
        String url,
        String dateFounded, boolean closed, int score, String avatar, String logo, Long createdBy,
        Instant createdAt, Instant modifiedAt) {
}
