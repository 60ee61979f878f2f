package org.grouprise.server.media;

/** An image in the store, named by its random key; its renditions are found with the key. */
public record StoredImage(String key) {
}
