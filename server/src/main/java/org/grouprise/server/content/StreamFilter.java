package org.grouprise.server.content;

/** Which items a stream holds, besides the visibility policy's condition; {@code null} fields do not filter. */
record StreamFilter(Long groupId, Long personId, String kind, String tagSlug) {
}
