package org.grouprise.server.content;

import java.time.Instant;

/** An association with its content, author and owner, as one query reads them. */
record ItemRow(long associationId, long contentId, String kind, String title, String text, String html, Long groupId,
        Long personId, boolean isPublic, boolean pinned, String slug, Instant createdAt, Instant updatedAt,
        Instant deletedAt, long authorId, String authorUsername, String authorFirstName, String authorLastName,
        String entitySlug, String groupName, String ownerFirstName, String ownerLastName) {

    Visibility.Item facts() {
        return new Visibility.Item(groupId, personId, isPublic, deletedAt != null, authorId);
    }

    ContentItem toItem() {
        String entityName = groupId != null ? groupName : Names.display(entitySlug, ownerFirstName, ownerLastName);
        return new ContentItem(associationId, contentId, kind, title, text, html, groupId != null,
            groupId != null ? groupId : personId, entitySlug, entityName, slug, isPublic, pinned, authorId,
            Names.display(authorUsername, authorFirstName, authorLastName), authorUsername, createdAt, updatedAt);
    }
}
