package org.grouprise.server.markdown;

/**
 * A mention as written: {@code @entity} names a group or a person, {@code @entity/content} a content item of
 * that group or person; {@code content} is empty for the first kind.
 */
public record MentionRef(String entity, String content) {
    public MentionRef {
        if (entity.isEmpty()) {
            throw new IllegalArgumentException("A mention needs an entity slug, got '@/" + content + "'");
        }
    }

    public static MentionRef entity(String entity) {
        return new MentionRef(entity, "");
    }

    public static MentionRef content(String entity, String content) {
        return new MentionRef(entity, content);
    }

    public boolean isContent() {
        return !content.isEmpty();
    }

    /** The mention as the author wrote it, {@code @entity} or {@code @entity/content}. */
    public String text() {
        return isContent() ? "@" + entity + "/" + content : "@" + entity;
    }
}
