package org.grouprise.server.markdown;

import org.commonmark.Extension;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;
import org.commonmark.renderer.text.TextContentWriter;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Text for mail bodies: blocks separated by blank lines, each link's text followed by a number and the links
 * listed under the text, made absolute against the site's address; images are dropped (as grouprise does).
 * Only http, https and mailto targets are listed: a mail reader would make anything else clickable too.
 */
final class PlainText {
    private static final Set<String> LISTED_SCHEMES = Set.of("http", "https", "mailto");

    private final List<String> links = new ArrayList<>();
    private final URI siteUrl;

    private PlainText(URI siteUrl) {
        this.siteUrl = siteUrl;
    }

    static String render(Node document, List<Extension> extensions, URI siteUrl) {
        PlainText plainText = new PlainText(siteUrl);
        TextContentRenderer renderer = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
            .nodeRendererFactory(plainText::nodes)
            .extensions(extensions)
            .build();

        StringBuilder text = new StringBuilder(renderer.render(document).strip());
        for (int i = 0; i < plainText.links.size(); i++) {
            text.append(i == 0 ? "\n\n" : "\n").append('[').append(i + 1).append("] ").append(plainText.links.get(i));
        }
        return text.toString();
    }

    private NodeRenderer nodes(TextContentNodeRendererContext context) {
        return new Nodes(context);
    }

    /** The number of the link in the list, the same number for the same target. */
    private int number(String url) {
        int index = links.indexOf(url);
        if (index < 0) {
            links.add(url);
            return links.size();
        }
        return index + 1;
    }

    private Optional<String> listable(String destination) {
        try {
            URI uri = siteUrl.resolve(new URI(destination.strip()));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return LISTED_SCHEMES.contains(scheme) ? Optional.of(uri.toString()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private final class Nodes implements NodeRenderer {
        private final TextContentNodeRendererContext context;
        private final TextContentWriter text;

        Nodes(TextContentNodeRendererContext context) {
            this.context = context;
            this.text = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class, HtmlBlock.class, TagNode.class, MentionNode.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Link link) {
                renderLink(link);
            } else if (node instanceof TagNode tag) {
                text.write("#" + tag.name());
            } else if (node instanceof MentionNode mention) {
                renderMention(mention);
            } else if (node instanceof HtmlBlock block) {
                // Shown as typed, like on the page, but as a block of its own.
                text.write(block.getLiteral().stripTrailing());
                text.block();
            }
        }

        private void renderLink(Link link) {
            for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            Optional<String> url = listable(link.getDestination());
            if (url.isPresent() && !showsItsTarget(link, url.get())) {
                text.write(" [" + number(url.get()) + "]");
            }
        }

        private void renderMention(MentionNode mention) {
            mention.target().ifPresentOrElse(target -> {
                text.write(target.name());
                listable(target.url()).ifPresent(url -> text.write(" [" + number(url) + "]"));
            }, () -> text.write(mention.ref().text()));
        }
    }

    /** An autolink already shows its address; a number after it would only repeat it. */
    private static boolean showsItsTarget(Link link, String url) {
        if (!(link.getFirstChild() instanceof Text label) || label.getNext() != null) {
            return false;
        }
        String shown = label.getLiteral();
        return url.equals(shown) || url.equals("mailto:" + shown) || url.equals("http://" + shown)
            || link.getDestination().equals(shown);
    }
}
