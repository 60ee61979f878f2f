package org.grouprise.server.markdown;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The result of rendering one text: the sanitised HTML (plain text for {@link MarkdownRenderer.Preset#PLAIN_TEXT}),
 * the tags it carries (first spelling of each, compared ignoring case) and every mention it makes, resolved or
 * not, so that a text can be rendered again when a group it mentions is renamed or founded.
 */
public record Rendered(String html, Set<String> tags, Set<MentionRef> mentions) {
    public Rendered {
        // Insertion order is kept so that stored tag lists read in the order the author wrote them.
        tags = Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        mentions = Collections.unmodifiableSet(new LinkedHashSet<>(mentions));
    }
}
