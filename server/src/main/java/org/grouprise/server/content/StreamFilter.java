package org.grouprise.server.content;

/**
 * Which items a stream holds, besides the visibility policy's condition; {@code null} fields do not
 * filter, {@code title} is a part of the title with LIKE's wildcards escaped.
 */
record StreamFilter(Long groupId, Long personId, String kind, String tagSlug, String title) {

    StreamFilter(Long groupId, Long personId, String kind, String tagSlug) {
        this(groupId, personId, kind, tagSlug, null);
    }
}
