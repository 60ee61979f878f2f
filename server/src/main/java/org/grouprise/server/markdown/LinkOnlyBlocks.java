package org.grouprise.server.markdown;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.Set;

/**
 * For link-only output: list items and table rows end with a line break in the text and cells with a space, so
 * that the words stay apart once the sanitiser has removed the elements around them.
 */
final class LinkOnlyBlocks implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    LinkOnlyBlocks(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(ListItem.class, TableRow.class, TableCell.class);
    }

    @Override
    public void render(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        if (node instanceof TableCell) {
            html.text(" ");
        } else {
            html.line();
        }
    }
}
