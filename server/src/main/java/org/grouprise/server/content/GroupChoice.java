package org.grouprise.server.content;

/** One of the viewer's groups, offered in the site-wide article form. */
public record GroupChoice(String slug, String name) {
}
