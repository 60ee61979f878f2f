package org.grouprise.server.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.usernameOf;

import org.grouprise.server.groups.Group;
import org.grouprise.server.testsupport.GroupSteps;
import org.grouprise.server.testsupport.TestMailbox;
import org.grouprise.server.testsupport.TestServer;
import org.grouprise.server.testsupport.WebClient;
import org.grouprise.server.testsupport.WebClient.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The streams of group pages, profiles and {@code /stadt/articles/}: order, visibility and page counts. */
class StreamFlowTest {
    @TempDir
    static Path folder;
    private static TestMailbox mailbox;
    private static TestServer server;

    @BeforeAll
    static void startServer() {
        mailbox = new TestMailbox();
        server = TestServer.start(folder, mailbox.port());
    }

    @AfterAll
    static void stopServer() {
        server.close();
        mailbox.close();
    }

    @Test
    void groupPageCountsOnlyWhatTheViewerMaySee() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Viele Beitraege");
        long authorId = idOf(member);
        for (int i = 1; i <= 13; i++) {
            publish(group, authorId, "Offen " + i, true, false);
        }
        for (int i = 1; i <= 5; i++) {
            publish(group, authorId, "Intern " + i, false, false);
        }
        WebClient stranger = person();

        Page strangerSecond = stranger.get("/viele-beitraege/?page=2");
        Page memberSecond = member.get("/viele-beitraege/?page=2");
        Page anonymousFirst = server.newClient().get("/viele-beitraege/");

        assertThat(strangerSecond.document().select(".stream .teaser")).hasSize(1);
        assertThat(strangerSecond.document().select(".stream").text()).doesNotContain("Intern");
        assertThat(memberSecond.document().select(".stream .teaser")).hasSize(6);
        assertThat(anonymousFirst.document().select(".stream .teaser")).hasSize(12);
        assertThat(anonymousFirst.document().select("a[rel=next]")).hasSize(1);
        assertThat(server.server().contents().groupStream(group.id(), Visibility.Reader.anonymous(), 1).total())
            .isEqualTo(13);
    }

    @Test
    void pinnedItemsComeFirstThenTheNewest() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Angeheftet");
        long authorId = idOf(member);
        publish(group, authorId, "Alt und angeheftet", true, true);
        publish(group, authorId, "Mittel", true, false);
        publish(group, authorId, "Neu", true, false);

        Page page = server.newClient().get("/angeheftet/");

        assertThat(page.document().select(".stream .teaser h3").eachText())
            .containsExactly("Alt und angeheftet", "Neu", "Mittel");
        assertThat(page.document().select(".stream .teaser.pinned h3").text()).isEqualTo("Alt und angeheftet");
    }

    @Test
    void profileShowsWhatThePersonPublishedThere() {
        WebClient person = person();
        String username = usernameOf(person);
        person.fillIn("/" + username + "/articles/add/", Map.of("title", "Tagebuch", "text", "x"));

        Page own = person.get("/" + username + "/");

        assertThat(own.document().select(".stream .teaser h3").eachText()).containsExactly("Tagebuch");
        assertThat(own.document().select(".stream .badge").text()).isEqualTo("intern");
    }

    @Test
    void articleListShowsPublicArticlesToEverybody() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Liste");
        publish(group, idOf(member), "Fuer alle sichtbar", true, false);

        Page list = server.newClient().get("/stadt/articles/");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.document().select(".stream .teaser h3").eachText()).contains("Fuer alle sichtbar");
    }

    @Test
    void tagPageListsVisibleItemsWithTheTagFromTitlesAndTexts() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Ernte");
        long authorId = idOf(member);
        publish(group, authorId, "Bericht #Kuerbis", true, false);
        publish(group, authorId, "Intern #kuerbis", false, false);
        ContentService contents = server.server().contents();
        ContentItem tagged = contents.create(contents.owner(group.slug()).orElseThrow(), authorId,
            new ArticleForm("Rezept", "Mit #Kuerbis und Zwiebeln", true, false, ""));

        Page anonymous = server.newClient().get("/stadt/tags/kuerbis/");
        Page forMember = member.get("/stadt/tags/kuerbis/");
        Page article = server.newClient().get(tagged.path());

        assertThat(anonymous.document().select(".stream .teaser h3").eachText())
            .containsExactly("Rezept", "Bericht #Kuerbis");
        assertThat(forMember.document().select(".stream .teaser")).hasSize(3);
        assertThat(anonymous.document().selectFirst("h1").text()).isEqualTo("#Kuerbis");
        assertThat(article.document().select(".content .tags a").attr("href")).isEqualTo("/stadt/tags/kuerbis/");
        assertThat(server.newClient().get("/stadt/tags/niemand/").status()).isEqualTo(200);
    }

    @Test
    void startPageShowsTheNewestVisibleItems() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Startseite");
        long authorId = idOf(member);
        publish(group, authorId, "Oeffentliche Neuigkeit", true, false);
        publish(group, authorId, "Interne Neuigkeit", false, false);

        Page anonymous = server.newClient().get("/");
        Page forMember = member.get("/");

        assertThat(anonymous.document().select(".stream .teaser h3").eachText())
            .contains("Oeffentliche Neuigkeit").doesNotContain("Interne Neuigkeit");
        assertThat(forMember.document().select(".stream .teaser h3").eachText().subList(0, 2))
            .containsExactly("Interne Neuigkeit", "Oeffentliche Neuigkeit");
    }

    @Test
    void groupStreamFiltersByTitleAndKeepsTheFilterAcrossPages() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Filterbar");
        long authorId = idOf(member);
        for (int i = 1; i <= 13; i++) {
            publish(group, authorId, "Treffen " + i, true, false);
        }
        publish(group, authorId, "Sommerfest", true, false);

        Page filtered = server.newClient().get("/filterbar/?content__title__icontains=TREFFEN");
        Page wildcard = server.newClient().get("/filterbar/?content__title__icontains=%25");

        assertThat(filtered.document().select(".stream .teaser h3").eachText()).hasSize(12)
            .allMatch(title -> title.startsWith("Treffen"));
        assertThat(filtered.document().select("a[rel=next]").attr("href"))
            .isEqualTo("?content__title__icontains=TREFFEN&page=2");
        assertThat(wildcard.document().select(".stream .teaser")).isEmpty();
    }

    private static void publish(Group group, long authorId, String title, boolean isPublic, boolean pinned) {
        server.clock().advance(Duration.ofMinutes(1));
        ContentService contents = server.server().contents();
        contents.create(contents.owner(group.slug()).orElseThrow(), authorId,
            new ArticleForm(title, "Text", isPublic, pinned, ""));
    }

    private static long idOf(WebClient browser) {
        return server.server().accounts().findByUsername(usernameOf(browser)).orElseThrow().id();
    }

    private static WebClient person() {
        return GroupSteps.person(server).browser();
    }
}
