package org.grouprise.server.mail.inbound.parsing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML of a mail into markdown-like text: paragraphs, line breaks, headings, lists, quotes and
 * links as {@code [text](url)} survive; markup, scripts, styles, images and the quoted history that mail
 * clients mark in HTML do not.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
        "table", "tr", "pre", "dl", "dt", "dd", "section", "article", "header", "footer", "main", "address",
        "center", "figure", "figcaption");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "pre",
        "dl");
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f\\u00A0]+");
    /** Browsers look for the {@code <meta>} charset in the first 1024 bytes; so do we. */
    private static final int META_SCAN_BYTES = 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
        "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([\\w.:-]{1,40})");
    private static final Pattern FORWARD = Pattern.compile("\\W*(Forwarded message|Weitergeleitete Nachricht)");
    private static final Pattern LINK_SCHEME = Pattern.compile("(?i)(https?|mailto):.*");
    /** Elements that never hold readable text. */
    private static final String NOISE = "head, script, style, template, noscript, iframe, object, embed, svg, "
        + "form, select, button, img, video, audio, canvas";
    /**
     * How Thunderbird, Apple Mail, Gmail, Yahoo and Outlook mark quoted history and signatures. Gmail marks a
     * forwarded message the same way; {@link #removeQuotedHistory} keeps that, because it is what was sent.
     */
    private static final String HISTORY = "blockquote[type=cite], div.gmail_quote, div.yahoo_quoted, "
        + "div.moz-cite-prefix, div.moz-signature, .gmail_signature, .gmail_signature_prefix, #divRplyFwdMsg, "
        + "#Signature";

    /**
     * Deeper elements are read as plain text: real mail nests a few dozen levels, and walking (and quoting)
     * level by level costs stack and time in proportion to the depth.
     */
    private static final int MAX_DEPTH = 100;

    private final StringBuilder out = new StringBuilder();
    private int depth;
    private int listDepth;
    private int pendingBreaks;
    private boolean pendingSpace;
    private boolean atLineStart = true;
    private int preDepth;

    private HtmlText() {
    }

    static String toText(String html) {
        Document document = Jsoup.parse(html);
        document.select(NOISE).remove();
        removeQuotedHistory(document);

        HtmlText writer = new HtmlText();
        writer.children(document.body());
        return writer.out.toString();
    }

    /** The charset a {@code <meta>} tag near the start names, for HTML parts whose Content-Type names none. */
    static Optional<String> declaredCharset(byte[] html) {
        String start = new String(html, 0, Math.min(html.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(start);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static void removeQuotedHistory(Document document) {
        for (Element quoted : document.select(HISTORY)) {
            // Inside a part already removed: reading its text again would cost time for nothing.
            if (quoted.ownerDocument() != null && !FORWARD.matcher(quoted.text()).lookingAt()) {
                quoted.remove();
            }
        }
        // Outlook on the web puts the answered mail after this empty marker, without any markup around it.
        Element marker = document.getElementById("appendonsend");
        while (marker != null) {
            Element next = marker.nextElementSibling();
            marker.remove();
            marker = next;
        }
    }

    private void children(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                text(preDepth > 0 ? text.getWholeText() : text.text());
            } else if (child instanceof Element inner) {
                element(inner);
            }
        }
    }

    private void element(Element element) {
        if (depth >= MAX_DEPTH) {
            text(element.text());
            return;
        }
        depth++;
        elementInDepth(element);
        depth--;
    }

    private void elementInDepth(Element element) {
        String tag = element.normalName();
        switch (tag) {
            case "br" -> lineBreak();
            case "hr" -> raw("---", 2);
            case "a" -> link(element);
            case "ul", "ol" -> list(element, tag.equals("ol"));
            case "blockquote" -> raw(quoted(element), 2);
            case "pre" -> preformatted(element);
            default -> block(element, tag);
        }
    }

    private void block(Element element, String tag) {
        int breaks = PARAGRAPHS.contains(tag) ? 2 : BLOCKS.contains(tag) ? 1 : 0;
        breakBlock(breaks);
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            prefix("#".repeat(tag.charAt(1) - '0') + " ");
        } else if (tag.equals("td") || tag.equals("th")) {
            text(" ");
        }
        children(element);
        breakBlock(breaks);
    }

    private void link(Element link) {
        String href = link.attr("href").strip();
        String label = link.text().strip();
        if (!LINK_SCHEME.matcher(href).matches()) {
            text(label);
            return;
        }
        String target = href.toLowerCase(Locale.ROOT).startsWith("mailto:") ? href.substring(7) : href;
        if (label.isEmpty() || label.equals(target) || label.equals(href) || target.endsWith("//" + label)
            || target.endsWith("//" + label + "/")) {
            text(target);
        } else {
            text("[" + label.replace("]", "\\]") + "](" + href.replace(")", "%29") + ")");
        }
    }

    private void list(Element list, boolean ordered) {
        breakBlock(2);
        int number = 0;
        for (Node child : list.childNodes()) {
            if (child instanceof Element item && item.normalName().equals("li")) {
                number++;
                listItem(item, ordered ? number + ". " : "- ");
            } else if (child instanceof Element other) {
                element(other);
            }
        }
        breakBlock(2);
    }

    private void listItem(Element item, String marker) {
        breakBlock(1);
        prefix("  ".repeat(listDepth) + marker);
        listDepth++;
        children(item);
        listDepth--;
        breakBlock(1);
    }

    private String quoted(Element blockquote) {
        HtmlText inner = new HtmlText();
        inner.depth = depth;
        inner.children(blockquote);
        return inner.out.toString().strip().replaceAll("(?m)^", "> ").replaceAll("(?m)^> $", ">");
    }

    private void preformatted(Element pre) {
        breakBlock(2);
        preDepth++;
        children(pre);
        preDepth--;
        breakBlock(2);
    }

    private void text(String text) {
        if (preDepth > 0) {
            flushBreaks();
            out.append(text);
            atLineStart = text.endsWith("\n");
            return;
        }
        String collapsed = WHITESPACE.matcher(text).replaceAll(" ");
        if (collapsed.isBlank()) {
            pendingSpace |= !collapsed.isEmpty();
            return;
        }
        if (collapsed.startsWith(" ")) {
            pendingSpace = true;
        }
        flushBreaks();
        if (pendingSpace && !atLineStart) {
            out.append(' ');
        }
        out.append(collapsed.strip());
        pendingSpace = collapsed.endsWith(" ");
        atLineStart = false;
    }

    private void raw(String block, int breaks) {
        breakBlock(breaks);
        flushBreaks();
        out.append(block);
        atLineStart = false;
        breakBlock(breaks);
    }

    private void prefix(String prefix) {
        flushBreaks();
        out.append(prefix);
        atLineStart = true;
        pendingSpace = false;
    }

    private void lineBreak() {
        pendingBreaks = Math.min(pendingBreaks + 1, 2);
        pendingSpace = false;
        if (out.isEmpty() && pendingBreaks > 0) {
            pendingBreaks = 0;
        }
    }

    private void breakBlock(int breaks) {
        if (breaks > 0 && !out.isEmpty()) {
            pendingBreaks = Math.max(pendingBreaks, breaks);
            pendingSpace = false;
        }
    }

    private void flushBreaks() {
        if (pendingBreaks > 0) {
            out.append("\n".repeat(pendingBreaks));
            atLineStart = true;
            pendingBreaks = 0;
            pendingSpace = false;
        }
    }
}
