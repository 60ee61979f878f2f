package org.grouprise.server.content;

/** Whom content is published with: a group or a person, with the slug of their page. */
public record Owner(boolean isGroup, long id, String slug, String name) {

    Long groupId() {
        return isGroup ? id : null;
    }

    Long personId() {
        return isGroup ? null : id;
    }
}
