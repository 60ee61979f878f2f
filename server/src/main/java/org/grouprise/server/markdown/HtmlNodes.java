package org.grouprise.server.markdown;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes tags, mentions and the table of contents as HTML; the sanitiser checks the result like any other. */
final class HtmlNodes implements NodeRenderer {
    private final HtmlWriter html;

    HtmlNodes(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TagNode.class, MentionNode.class, TocNode.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof TagNode tag) {
            link(tag.url(), "tag", "#" + tag.name(), "");
        } else if (node instanceof MentionNode mention) {
            renderMention(mention);
        } else if (node instanceof TocNode toc) {
            renderToc(toc.entries());
        }
    }

    private void renderMention(MentionNode mention) {
        String written = mention.ref().text();
        mention.target().ifPresentOrElse(
            target -> link(target.url(), "mention", target.name(), written),
            () -> {
                html.tag("span", Map.of("class", "mention-unknown"));
                html.text(written);
                html.tag("/span");
            });
    }

    private void link(String href, String cssClass, String text, String title) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("href", href);
        attributes.put("class", cssClass);
        if (!title.isEmpty()) {
            attributes.put("title", title);
        }
        html.tag("a", attributes);
        html.text(text);
        html.tag("/a");
    }

    /** Nested lists by heading level; a level skipped (h1 then h3) nests only one step, so lists stay valid. */
    private void renderToc(List<TocNode.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int top = entries.stream().mapToInt(TocNode.Entry::level).min().orElse(1);
        html.line();
        html.tag("ul", Map.of("class", "toc"));
        int depth = 1;
        boolean first = true;
        for (TocNode.Entry entry : entries) {
            int wanted = Math.min(entry.level() - top + 1, depth + 1);
            if (wanted > depth) {
                html.tag("ul");
                depth++;
            } else if (!first) {
                html.tag("/li");
                for (; depth > wanted; depth--) {
                    html.tag("/ul");
                    html.tag("/li");
                }
            }
            html.tag("li");
            link("#" + entry.id(), "toc-link", entry.text(), "");
            first = false;
        }
        html.tag("/li");
        for (; depth > 1; depth--) {
            html.tag("/ul");
            html.tag("/li");
        }
        html.tag("/ul");
        html.line();
    }
}
