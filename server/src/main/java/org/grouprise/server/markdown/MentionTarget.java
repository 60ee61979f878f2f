package org.grouprise.server.markdown;

/** What a mention resolves to: the name shown as the link text and the URL it points to. */
public record MentionTarget(String name, String url) {
}
