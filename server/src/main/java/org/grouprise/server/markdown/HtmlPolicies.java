package org.grouprise.server.markdown;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * The allow-lists every HTML result passes (OWASP java-html-sanitizer). Everything not named here is removed:
 * elements keep their text, attributes are dropped, URLs must be relative or http, https or mailto. The lists
 * follow grouprise's bleach settings, plus tables and strikethrough, minus {@code id} and {@code title} on every
 * element: ids exist only on headings, with the table of contents' prefix.
 */
final class HtmlPolicies {
    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};
    private static final Pattern LINK_CLASS = Pattern.compile("tag|mention|toc-link");
    private static final Pattern EXTERNAL_REL = Pattern.compile("nofollow noopener");
    private static final Pattern HEADING_ID = Pattern.compile(Pattern.quote(TableOfContents.ID_PREFIX) + "[\\w-]+",
        Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CODE_CLASS = Pattern.compile("language-[\\w+#.-]{1,40}");
    private static final Pattern ALIGN = Pattern.compile("left|center|right");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    /** Group descriptions: text and links, nothing else. */
    static final PolicyFactory LINK_ONLY = links().toFactory();

    /** Articles and comments. */
    static final PolicyFactory CONTENT = links()
        .allowElements("p", "br", "hr", "em", "strong", "del", "sub", "sup", "blockquote", "cite", "pre", "code",
            "span", "ol", "ul", "li", "img", "table", "thead", "tbody", "tr", "th", "td")
        .allowElements(HEADINGS)
        .allowAttributes("src", "alt", "title").onElements("img")
        .allowAttributes("id").matching(HEADING_ID).onElements(HEADINGS)
        .allowAttributes("class").matching(CODE_CLASS).onElements("code")
        .allowAttributes("class").matching(Pattern.compile("mention-unknown")).onElements("span")
        .allowAttributes("class").matching(Pattern.compile("toc")).onElements("ul")
        .allowAttributes("align").matching(ALIGN).onElements("th", "td")
        .allowAttributes("start").matching(NUMBER).onElements("ol")
        .toFactory();

    private HtmlPolicies() {
    }

    /** Links as every preset allows them; the protocols apply to every URL attribute, image sources too. */
    private static HtmlPolicyBuilder links() {
        return new HtmlPolicyBuilder()
            .allowElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("class").matching(LINK_CLASS).onElements("a")
            .allowAttributes("rel").matching(EXTERNAL_REL).onElements("a");
    }
}
