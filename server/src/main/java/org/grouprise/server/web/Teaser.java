package org.grouprise.server.web;

/**
 * One entry of a stream on a page whose feature does not own the entries (a group page, a
 * profile): enough to link to the item; {@code layout.ftlh}'s {@code teasers} macro shows a page
 * of them.
 */
public record Teaser(String title, String path, String authorName, String entityName, String entityPath,
        String time, boolean pinned, boolean internal) {
}
