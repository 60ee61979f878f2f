package org.grouprise.server.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.server.markdown.MarkdownRenderer.Preset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer =
        new MarkdownRenderer(new TestMentions(), URI.create("https://grouprise.example/"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        '# Titel'      | h1
        '### Titel'    | h3
        '#Titel'       | p
        '#Titel #zwei' | p
        """)
    void headingNeedsASpaceAfterTheHash(String markdown, String firstElement) {
        Element body = content(markdown);

        assertThat(body.child(0).tagName()).isEqualTo(firstElement);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        '#Klima und #klima und #KLIMA'     | Klima
        '#Group:Name ist ein Tag'          | Group:Name
        Thema #klima: heute                | klima
        '#eins, #zwei. #drei-vier'         | eins zwei drei-vier
        '# Überschrift mit #Tag'           | Tag
        '#1 und #Ökologie'                 | 1 Ökologie
        foo#bar und a/#b und &#c           | ''
        `#code` und [#text](/x/)           | ''
        https://example.org/#anker         | ''
        """)
    void tagsAreCollectedIgnoringCase(String markdown, String expected) {
        Rendered rendered = render(markdown);

        assertThat(rendered.tags()).containsExactlyElementsOf(words(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        '#Klima'       | /stadt/tags/klima/      | #Klima
        '#Group:Name'  | /stadt/tags/groupname/  | #Group:Name
        '#Grüne_Wiese' | /stadt/tags/gr%C3%BCne_wiese/ | #Grüne_Wiese
        """)
    void tagLinksToItsPage(String markdown, String href, String text) {
        Element tag = content(markdown).selectFirst("a.tag");

        assertThat(tag).isNotNull();
        assertThat(tag.attr("href")).isEqualTo(href);
        assertThat(tag.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Klima         | klima
        Group:Name    | groupname
        Grüne_Wiese   | grüne_wiese
        _a-b_         | a-b
        """)
    void tagSlugIsDjangosSlug(String tag, String slug) {
        assertThat(MarkdownRenderer.tagSlug(tag)).isEqualTo(slug);
    }

    @Test
    void tagsOfATitleAreFoundWithoutMarkdown() {
        assertThat(MarkdownRenderer.tagsIn("Plan für #Umwelt und #umwelt, nicht foo#bar")).containsExactly("Umwelt");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Hallo @anna!            | /anna/         | Anna Arendt | @anna
        @umwelt trifft sich     | /umwelt/       | AG Umwelt   | @umwelt
        Lies @umwelt/plan.      | /umwelt/plan/  | Der Plan    | @umwelt/plan
        """)
    void knownMentionLinksToItsTarget(String markdown, String href, String text, String title) {
        Element mention = content(markdown).selectFirst("a.mention");

        assertThat(mention).isNotNull();
        assertThat(mention.attr("href")).isEqualTo(href);
        assertThat(mention.text()).isEqualTo(text);
        assertThat(mention.attr("title")).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Hallo @niemand      | @niemand
        @umwelt/nichts      | @umwelt/nichts
        """)
    void unknownMentionIsMarkedText(String markdown, String text) {
        Element body = content(markdown);

        assertThat(body.select("a")).isEmpty();
        assertThat(body.select("span.mention-unknown").text()).isEqualTo(text);
    }

    @Test
    void everyMentionIsRecordedResolvedOrNot() {
        Rendered rendered = render("@anna, @niemand und @umwelt/plan; nochmal @anna");

        assertThat(rendered.mentions()).containsExactly(
            MentionRef.entity("anna"), MentionRef.entity("niemand"), MentionRef.content("umwelt", "plan"));
    }

    @Test
    void mentionWorksAsALinkTarget() {
        Element link = content("[schreib ihr](@anna)").selectFirst("a");

        assertThat(link.attr("href")).isEqualTo("/anna/");
        assertThat(render("[schreib ihr](@anna)").mentions()).containsExactly(MentionRef.entity("anna"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "`@anna #tag`",
        "```\n@anna #tag\n```",
        "    @anna #tag",
        "[@anna #tag](https://example.org/)",
        "https://example.org/@anna/#tag",
        "anna@umwelt.example",
    })
    void noTagOrMentionInCodeOrLinks(String markdown) {
        Rendered rendered = render(markdown);

        assertThat(rendered.tags()).isEmpty();
        assertThat(rendered.mentions()).isEmpty();
        assertThat(Jsoup.parseBodyFragment(rendered.html()).select("a.tag, a.mention, span.mention-unknown")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        siehe https://example.org/a?b=c    | https://example.org/a?b=c     | https://example.org/a?b=c
        siehe www.example.org              | http://www.example.org        | www.example.org
        schreib an post@example.org        | mailto:post@example.org       | post@example.org
        """)
    void urlsAndAddressesBecomeLinks(String markdown, String href, String text) {
        Element link = content(markdown).selectFirst("a");

        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo(href);
        assertThat(link.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        [aussen](https://example.org/)     | nofollow noopener
        https://example.org/               | nofollow noopener
        [protokollfrei](//example.org/)    | nofollow noopener
        [innen](/stadt/groups/)            | ''
        post@example.org                   | ''
        '#klima'                           | ''
        @anna                              | ''
        """)
    void onlyExternalLinksAreNofollow(String markdown, String rel) {
        Element link = content(markdown).selectFirst("a");

        assertThat(link.attr("rel")).isEqualTo(rel);
    }

    @Test
    void tablesKeepTheirAlignment() {
        Element body = content("| Name | Zahl |\n|:-----|-----:|\n| eins | 1 |\n| zwei | 2 |");

        assertThat(body.select("table th")).extracting(Element::text).containsExactly("Name", "Zahl");
        assertThat(body.select("table tbody tr")).hasSize(2);
        assertThat(body.select("td").get(1).attr("align")).isEqualTo("right");
    }

    @Test
    void strikethroughBecomesDel() {
        assertThat(content("das ist ~~falsch~~ richtig").select("del").text()).isEqualTo("falsch");
    }

    @Test
    void singleLineBreakBecomesBr() {
        Element paragraph = content("erste Zeile\nzweite Zeile").selectFirst("p");

        assertThat(paragraph.select("br")).hasSize(1);
        assertThat(paragraph.text()).isEqualTo("erste Zeile zweite Zeile");
    }

    @Test
    void fencedCodeIsEscapedAndNamesItsLanguage() {
        Element code = content("```html\n<b onclick=\"x()\">fett</b>\n```").selectFirst("pre > code");

        assertThat(code.className()).isEqualTo("language-html");
        assertThat(code.text()).isEqualTo("<b onclick=\"x()\">fett</b>");
        assertThat(code.children()).isEmpty();
    }

    @Test
    void rawHtmlIsShownAsTyped() {
        Element body = content("ein <b>fettes</b> Wort\n\n<div>Block</div>");

        assertThat(body.select("b, div")).isEmpty();
        assertThat(body.text()).contains("<b>fettes</b>", "<div>Block</div>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[INHALT]", "[TOC]"})
    void markerBecomesATableOfContentsWithAnchors(String marker) {
        Element body = content(marker + "\n\n# Eins\n\n## Zwei `code`\n\n# Eins\n\ntext");

        assertThat(body.select("ul.toc > li > a")).extracting(a -> a.attr("href"))
            .containsExactly("#toc-eins", "#toc-eins-2");
        assertThat(body.select("ul.toc > li > ul > li > a").text()).isEqualTo("Zwei code");
        assertThat(body.select("h1, h2")).extracting(Element::id)
            .containsExactly("toc-eins", "toc-zwei-code", "toc-eins-2");
        assertThat(body.text()).doesNotContain(marker);
    }

    @Test
    void headingOfRawHtmlStillHasAnEntry() {
        Element body = content("[TOC]\n\n# <b>fett</b>");

        assertThat(body.select("ul.toc a").text()).isEqualTo("<b>fett</b>");
        assertThat(body.selectFirst("h1").id()).isEqualTo("toc-bfettb");
    }

    @Test
    void markerInsideASentenceStaysText() {
        Element body = content("# Eins\n\nsiehe [TOC] unten");

        assertThat(body.select("ul.toc")).isEmpty();
        assertThat(body.text()).contains("siehe [TOC] unten");
    }

    @Test
    void linkOnlyKeepsNothingButTextAndLinks() {
        String markdown = "# Über uns\n\nWir sind **die** AG. [Mehr](https://example.org/) #klima\n\n"
            + "- eins\n- zwei\n\n![Bild](https://example.org/b.png)\n\n| a | b |\n|---|---|\n| c | d |\n\n"
            + "```\ncode\n```\n\n> Zitat [TOC]";

        Rendered rendered = renderer.render(markdown, Preset.LINK_ONLY);
        Element body = Jsoup.parseBodyFragment(rendered.html()).body();

        assertThat(body.getAllElements()).extracting(Element::tagName).containsOnly("body", "a");
        assertThat(body.select("a")).extracting(Element::text).containsExactly("Mehr", "#klima");
        assertThat(rendered.html()).contains("Über uns\nWir sind die AG.", "eins\nzwei", "Zitat");
    }

    @Test
    void plainTextNumbersLinksAndListsThemBelow() {
        String markdown = "# Treffen\n\nHallo **alle**,\nsiehe [die Seite](https://example.org/) und "
            + "[intern](/stadt/groups/), frag @anna oder @niemand.\n\n![Bild](https://example.org/b.png)\n\n"
            + "- #klima\n- https://example.org/\n\n[x](javascript:alert(1)) und [die Seite](https://example.org/)";

        String text = renderer.render(markdown, Preset.PLAIN_TEXT).html();

        assertThat(text).isEqualTo("""
            Treffen

            Hallo alle,
            siehe die Seite [1] und intern [2], frag Anna Arendt [3] oder @niemand.

            - #klima
            - https://example.org/

            x und die Seite [1]

            [1] https://example.org/
            [2] https://grouprise.example/stadt/groups/
            [3] https://grouprise.example/anna/""");
    }

    private Rendered render(String markdown) {
        return renderer.render(markdown, Preset.CONTENT);
    }

    private Element content(String markdown) {
        return Jsoup.parseBodyFragment(render(markdown).html()).body();
    }

    private static List<String> words(String expected) {
        return Arrays.stream(expected.split(" ")).filter(word -> !word.isEmpty()).toList();
    }
}
