package org.grouprise.server.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.grouprise.server.markdown.MarkdownRenderer.Preset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Known XSS vectors (in the manner of OWASP's filter evasion cheat sheet) through both HTML presets. The output
 * is parsed as a browser would and every element, attribute and URL is checked against this test's own
 * allow-list, so that the test does not trust the policy it checks.
 */
class MarkdownXssTest {
    private static final Set<String> ELEMENTS = Set.of("#root", "html", "head", "body", "p", "br", "hr", "em", "strong",
        "del", "sub", "sup", "blockquote", "cite", "pre", "code", "span", "ol", "ul", "li", "img", "table",
        "thead", "tbody", "tr", "th", "td", "a", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Map<String, Set<String>> ATTRIBUTES = Map.ofEntries(
        Map.entry("a", Set.of("href", "title", "class", "rel")),
        Map.entry("img", Set.of("src", "alt", "title")),
        Map.entry("h1", Set.of("id")), Map.entry("h2", Set.of("id")), Map.entry("h3", Set.of("id")),
        Map.entry("h4", Set.of("id")), Map.entry("h5", Set.of("id")), Map.entry("h6", Set.of("id")),
        Map.entry("code", Set.of("class")), Map.entry("span", Set.of("class")), Map.entry("ul", Set.of("class")),
        Map.entry("th", Set.of("align")), Map.entry("td", Set.of("align")), Map.entry("ol", Set.of("start")));
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):.*", Pattern.DOTALL);
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SAFE_CLASS = Pattern.compile("tag|mention|toc-link|mention-unknown|toc"
        + "|language-[\\w+#.-]+");

    private static final List<String> VECTORS = List.of(
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
        "<ScRiPt>alert(1)</sCrIpT>",
        "<<script>alert(1);//<</script>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<img src=\"x\" onerror=\"alert(1)\"",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<body onload=alert(1)>",
        "<form action=\"https://evil.example/\"><input name=x></form>",
        "<base href=\"https://evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"#\" onclick=\"alert(1)\">x</a>",
        "<a href=\"&#14;javascript:alert(1)\">x</a>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p style=\"width: expression(alert(1))\">x</p>",
        "<style>@import 'https://evil.example/x.css';</style>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<!--<script>alert(1)</script>-->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](jav&#x09;ascript:alert(1))",
        "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](https://ok.example/\"onmouseover=\"alert(1))",
        "[x](https://ok.example/ \"t\\\" onmouseover=\\\"alert(1)\")",
        "[x]: javascript:alert(1)\n\n[link][x]",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x\" onerror=\"alert(1)](https://ok.example/i.png)",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,<script>alert(1)</script>>",
        "```\"><script>alert(1)</script>\nx\n```",
        "```java onmouseover=alert(1)\nx\n```",
        "@\"><script>alert(1)</script>",
        "#\"><img src=x onerror=alert(1)>",
        "# <img src=x onerror=alert(1)>\n\n[TOC]",
        "| <script>alert(1)</script> | b |\n|---|---|\n| <img src=x onerror=alert(1)> | c |",
        "<a href=\"https://ok.example/\" target=\"_blank\">x</a>",
        "*<img src=x onerror=alert(1)>*",
        "<xss style=\"behavior: url(xss.htc);\">");

    static Stream<Arguments> vectorsInEveryHtmlPreset() {
        return Stream.of(Preset.CONTENT, Preset.LINK_ONLY)
            .flatMap(preset -> VECTORS.stream().map(vector -> Arguments.of(preset, vector)));
    }

    @Test
    void thereAreEnoughVectors() {
        assertThat(VECTORS).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("vectorsInEveryHtmlPreset")
    void vectorLeavesNothingDangerous(Preset preset, String vector) {
        MarkdownRenderer renderer = new MarkdownRenderer(new TestMentions(), URI.create("https://g.example/"));

        String html = renderer.render(vector, preset).html();

        assertOnlyAllowed(html);
    }

    @Test
    void resolverAnswersAreSanitisedToo() {
        MentionResolver hostile = ref -> Optional.of(
            new MentionTarget("<img src=x onerror=alert(1)>", "javascript:alert(1)"));
        MarkdownRenderer renderer = new MarkdownRenderer(hostile, URI.create("https://g.example/"));

        String html = renderer.render("@anna", Preset.CONTENT).html();

        assertOnlyAllowed(html);
        assertThat(Jsoup.parseBodyFragment(html).select("img")).isEmpty();
    }

    /** The check itself must be able to fail, or the vectors above prove nothing. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<p onclick=\"alert(1)\">x</p>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<img src=\"data:image/svg+xml,x\">",
        "<span style=\"color:red\">x</span>",
        "<base href=\"https://evil.example/\">",
        "<a class=\"btn\" href=\"/\">x</a>",
    })
    void checkRejectsDangerousHtml(String html) {
        assertThatThrownBy(() -> assertOnlyAllowed(html)).isInstanceOf(AssertionError.class);
    }

    private static void assertOnlyAllowed(String html) {
        // Escaped markup may read "javascript:" as text; only real tags and attributes are dangerous.
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<iframe", "<svg", "<style");
        for (Element element : Jsoup.parse(html).getAllElements()) {
            assertThat(element.tagName()).as("element in %s", html).isIn(ELEMENTS);
            for (Attribute attribute : element.attributes()) {
                assertAllowed(element.tagName(), attribute, html);
            }
        }
    }

    private static void assertAllowed(String element, Attribute attribute, String html) {
        String name = attribute.getKey();
        assertThat(ATTRIBUTES.getOrDefault(element, Set.of())).as("attribute %s on %s in %s", name, element, html)
            .contains(name);
        if (URL_ATTRIBUTES.contains(name)) {
            // Browsers ignore whitespace and control characters inside a scheme; so does this check.
            String url = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
            var scheme = SCHEME.matcher(url);
            if (scheme.matches()) {
                assertThat(scheme.group(1)).as("scheme of %s in %s", url, html).isIn(SCHEMES);
            }
        }
        if (name.equals("class")) {
            assertThat(attribute.getValue()).as("class in %s", html).matches(SAFE_CLASS);
        }
        if (name.equals("rel")) {
            assertThat(attribute.getValue()).isEqualTo("nofollow noopener");
        }
    }
}
