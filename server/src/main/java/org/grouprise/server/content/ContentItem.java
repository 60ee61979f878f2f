package org.grouprise.server.content;

import org.grouprise.server.web.Teaser;

import java.time.Instant;

/**
 * A content item where it is published (its association), as pages show it; {@code html} is the
 * sanitised rendering stored when the text was saved.
 */
public record ContentItem(long id, long contentId, String kind, String title, String text, String html,
        boolean inGroup, long ownerId, String entitySlug, String entityName, String slug, boolean isPublic,
        boolean pinned, long authorId, String authorName, String authorUsername, Instant createdAt, Instant updatedAt) {

    /** The page of the item, {@code /<entity>/<slug>/}. */
    public String path() {
        return "/" + entitySlug + "/" + slug + "/";
    }

    public String entityPath() {
        return "/" + entitySlug + "/";
    }

    /** When it was published, for pages (UTC, as the site has no time zone setting yet). */
    public String createdText() {
        return Dates.format(createdAt);
    }

    /** The item as an entry of a stream on another feature's page. */
    public Teaser teaser() {
        return new Teaser(title, path(), authorName, entityName, entityPath(), createdText(), pinned, !isPublic);
    }

    Visibility.Item facts() {
        return new Visibility.Item(inGroup ? ownerId : null, inGroup ? null : ownerId, isPublic, false, authorId);
    }
}
