package org.grouprise.server.markdown;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders user markdown once, when it is saved; pages show the stored result and never render per request.
 * Every HTML result has passed the allow-list sanitiser before this class returns it. Raw HTML in the markdown
 * is escaped, not interpreted: what an author types is what readers see, and the sanitiser never has to guess
 * what a half-written tag meant. Thread-safe; one instance serves the whole server.
 */
public final class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS = List.of(
        AutolinkExtension.create(), TablesExtension.create(), StrikethroughExtension.create());
    private static final String EXTERNAL_REL = "nofollow noopener";

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final MentionResolver resolver;
    private final URI siteUrl;

    /**
     * @param resolver answers mentions
     * @param siteUrl  the site's public address; plain text makes relative links absolute against it
     */
    public MarkdownRenderer(MentionResolver resolver, URI siteUrl) {
        this.resolver = resolver;
        this.siteUrl = siteUrl;
    }

    /** What a text is rendered for. */
    public enum Preset {
        /** Articles, events and comments: the full allow-list, with a table of contents at its marker. */
        CONTENT,
        /** Group descriptions: only text and links survive; blocks are separated by line breaks in the text. */
        LINK_ONLY,
        /** Mail bodies: readable text, each link numbered and listed below the text. */
        PLAIN_TEXT
    }

    public Rendered render(String markdown, Preset preset) {
        Node document = parser.parse(markdown);
        Map<Heading, String> headingIds = TableOfContents.apply(document, preset == Preset.CONTENT);
        InlineReferences references = new InlineReferences(resolver);
        references.apply(document);

        String output = switch (preset) {
            case CONTENT -> HtmlPolicies.CONTENT.sanitize(html(document, headingIds, false));
            case LINK_ONLY -> HtmlPolicies.LINK_ONLY.sanitize(html(document, headingIds, true)).strip();
            case PLAIN_TEXT -> PlainText.render(document, EXTENSIONS, siteUrl);
        };
        return new Rendered(output, references.tags(), references.mentions());
    }

    /** The tags in a text that is not markdown, such as a content title. */
    public static Set<String> tagsIn(String text) {
        return InlineReferences.tagsIn(text);
    }

    /** A tag's slug in {@code /stadt/tags/<slug>/} as grouprise made it: {@code Group:Name} is {@code groupname}. */
    public static String tagSlug(String tag) {
        return Slugs.slugify(tag);
    }

    static String tagUrl(String tag) {
        return "/stadt/tags/" + URLEncoder.encode(tagSlug(tag), StandardCharsets.UTF_8) + "/";
    }

    /**
     * A renderer per text, because heading anchors belong to one document. Unsafe URLs are left to the
     * sanitiser, which drops the attribute and so the whole link (commonmark's own check would leave an empty
     * {@code href} that reloads the page).
     */
    private static String html(Node document, Map<Heading, String> headingIds, boolean linkOnly) {
        AttributeProvider attributes = (node, tagName, map) -> {
            if (node instanceof Heading heading && headingIds.containsKey(heading)) {
                map.put("id", headingIds.get(heading));
            } else if (node instanceof Link link && isExternal(link.getDestination())) {
                map.put("rel", EXTERNAL_REL);
            }
        };
        HtmlRenderer.Builder renderer = HtmlRenderer.builder()
            .nodeRendererFactory(HtmlNodes::new)
            .attributeProviderFactory(context -> attributes)
            .softbreak("<br />\n")
            .escapeHtml(true);
        if (linkOnly) {
            renderer.nodeRendererFactory(LinkOnlyBlocks::new);
        }
        return renderer.extensions(EXTENSIONS).build().render(document);
    }

    private static boolean isExternal(String destination) {
        String lower = destination.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//");
    }
}
