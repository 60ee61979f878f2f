package org.grouprise.server.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every heading an anchor and puts a {@link TocNode} where a paragraph holds only {@code [INHALT]} (as in
 * grouprise) or {@code [TOC]}. Anchors carry a prefix so that a heading can never take the id of an element of
 * the page around it.
 */
final class TableOfContents {
    static final String ID_PREFIX = "toc-";
    private static final Set<String> MARKERS = Set.of("[INHALT]", "[TOC]");

    private TableOfContents() {
    }

    /**
     * Assigns the anchors and handles the markers: replaced by the table when {@code render} is set, removed
     * otherwise (plain text and link-only output have no use for one).
     */
    static Map<Heading, String> apply(Node document, boolean render) {
        Collector collector = new Collector();
        document.accept(collector);

        for (Paragraph marker : collector.markers) {
            if (render) {
                marker.insertBefore(new TocNode(collector.entries));
            }
            marker.unlink();
        }
        return collector.ids;
    }

    private static final class Collector extends AbstractVisitor {
        private final Map<Heading, String> ids = new IdentityHashMap<>();
        private final List<TocNode.Entry> entries = new ArrayList<>();
        private final List<Paragraph> markers = new ArrayList<>();
        private final Set<String> used = new HashSet<>();

        @Override
        public void visit(Heading heading) {
            String text = textOf(heading).strip();
            String id = unique(ID_PREFIX + slugOrDefault(text));
            ids.put(heading, id);
            entries.add(new TocNode.Entry(heading.getLevel(), id, text));
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (isMarker(paragraph)) {
                markers.add(paragraph);
            } else {
                visitChildren(paragraph);
            }
        }

        private String unique(String id) {
            String candidate = id;
            for (int n = 2; !used.add(candidate); n++) {
                candidate = id + "-" + n;
            }
            return candidate;
        }
    }

    private static String slugOrDefault(String text) {
        String slug = Slugs.slugify(text);
        return slug.isEmpty() ? "section" : slug;
    }

    private static boolean isMarker(Paragraph paragraph) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Text)) {
                return false;
            }
        }
        return MARKERS.contains(textOf(paragraph).strip());
    }

    /** The text a reader sees in a heading, for its anchor and its line in the table. */
    static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text textNode) {
                text.append(textNode.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                // Raw HTML is escaped, so readers see it as text.
                text.append(html.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                text.append(' ');
            }
        });
        return text.toString();
    }
}
