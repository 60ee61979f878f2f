package org.grouprise.server.markdown;

import org.commonmark.node.CustomBlock;

import java.util.List;

/** The place of an {@code [INHALT]} or {@code [TOC]} marker, with the headings of the whole text. */
final class TocNode extends CustomBlock {
    private final List<Entry> entries;

    TocNode(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    record Entry(int level, String id, String text) {
    }
}
