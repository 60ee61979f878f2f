package org.grouprise.server.markdown;

import org.commonmark.node.CustomNode;

/** A {@code #tag} found in the text. */
final class TagNode extends CustomNode {
    private final String name;

    TagNode(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    String url() {
        return MarkdownRenderer.tagUrl(name);
    }
}
