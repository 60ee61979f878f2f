package org.grouprise.server.content;

import java.time.Instant;

/**
 * A comment as pages show it; {@code html} is sanitised and stored when it was written, and an
 * internal one ({@code isPublic} false, from mail replies) is shown only to members and its author.
 */
public record Contribution(long id, long authorId, String authorName, String authorUsername, String text,
        String html, boolean isPublic, Long inReplyTo, Instant createdAt) {

    /** The anchor of the comment on its content's page. */
    public String anchor() {
        return "contribution-" + id;
    }

    public String createdText() {
        return Dates.format(createdAt);
    }
}
