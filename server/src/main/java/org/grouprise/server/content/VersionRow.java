package org.grouprise.server.content;

import java.time.Instant;

/** One saved state of a content item. */
record VersionRow(long id, long authorId, String authorUsername, String authorFirstName, String authorLastName,
        String title, String text, Instant createdAt) {

    String authorName() {
        return Names.display(authorUsername, authorFirstName, authorLastName);
    }
}
