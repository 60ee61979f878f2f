package org.grouprise.server.content;

/** A tag of a content item: as first written, and the slug of its page {@code /stadt/tags/<slug>/}. */
public record Tag(String name, String slug) {
}
