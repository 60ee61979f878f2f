package org.grouprise.server.content;

import java.time.Instant;

/** A comment inside a content item. */
record ContributionRow(long id, long contentId, long authorId, String authorUsername, String authorFirstName,
        String authorLastName, String text, String html, boolean isPublic, Long inReplyTo, Instant createdAt,
        Instant deletedAt) {

    Contribution toContribution() {
        return new Contribution(id, authorId, Names.display(authorUsername, authorFirstName, authorLastName),
            authorUsername, text, html, isPublic, inReplyTo, createdAt);
    }
}
