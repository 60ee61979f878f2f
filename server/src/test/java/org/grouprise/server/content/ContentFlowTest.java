package org.grouprise.server.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.csrfToken;
import static org.grouprise.server.testsupport.AccountSteps.logIn;
import static org.grouprise.server.testsupport.AccountSteps.usernameOf;

import org.grouprise.server.groups.Group;
import org.grouprise.server.testsupport.GroupSteps;
import org.grouprise.server.testsupport.TestMailbox;
import org.grouprise.server.testsupport.TestServer;
import org.grouprise.server.testsupport.WebClient;
import org.grouprise.server.testsupport.WebClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Articles over HTTP: writing, reading, editing, versions, deleting and the rules for each role. */
class ContentFlowTest {
    private static final String OTHER_THAN_OUR_SCRIPTS = "script:not([src~=^/static/preview\\.[0-9a-f]{8}\\.js$])";
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
    void memberWritesArticleAndEverybodyReadsItsRenderedText() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Gartenfreunde");

        Page written = write(member, group, "Plan für den Herbst", "Wir **pflanzen** Tulpen. #Garten", true);
        Page page = server.newClient().get(written.location());

        assertThat(written.location()).isEqualTo("/gartenfreunde/plan-fur-den-herbst/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().selectFirst("h1").text()).isEqualTo("Plan für den Herbst");
        assertThat(page.document().select(".content .text strong").text()).isEqualTo("pflanzen");
        assertThat(page.document().select(".content .tags").text()).contains("#Garten");
        assertThat(page.document().select(".byline a").first().attr("href")).isEqualTo("/" + usernameOf(member) + "/");
    }

    @Test
    void mentionsLinkPublicArticlesByTitleAndLeaveInternalOnesUnknown() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Verweise");
        write(member, group, "Ziel", "x", true);
        write(member, group, "Geheim", "x", false);

        String path = write(member, group, "Quelle", "Siehe @verweise/ziel und @verweise/geheim", true).location();
        Page page = server.newClient().get(path);

        assertThat(page.document().select(".content .text a.mention").attr("href")).isEqualTo("/verweise/ziel/");
        assertThat(page.document().select(".content .text a.mention").text()).isEqualTo("Ziel");
        assertThat(page.document().select(".content .text .mention-unknown").text()).isEqualTo("@verweise/geheim");
    }

    @Test
    void titlesAreEscapedAndTextsSanitisedOnEveryPage() {
        // The layout loads the preview script from the site's own static assets; nothing else may run.
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Sicher");

        String path = write(member, group, "<script>alert(1)</script>", "[klick](javascript:alert(1)) <img src=x"
            + " onerror=alert(1)>", true).location();
        Page page = server.newClient().get(path);
        Page stream = server.newClient().get("/sicher/");

        assertThat(page.document().select(OTHER_THAN_OUR_SCRIPTS)).isEmpty();
        assertThat(page.document().selectFirst("h1").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(page.document().select("[onerror], a[href^=javascript]")).isEmpty();
        assertThat(stream.document().select(OTHER_THAN_OUR_SCRIPTS)).isEmpty();
        assertThat(stream.document().select(".stream .teaser h3").text()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void publicArticleTellsLinkPreviewsItsTitleSummaryAndAddressButAnInternalOneDoesNot() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Vorschau");

        String open = write(member, group, "Sommerfest", "Wir feiern **am Samstag** im Hof.", true).location();
        String closed = write(member, group, "Kassenbericht", "Nur für uns.", false).location();
        Page page = server.newClient().get(open);
        Page internal = member.get(closed);

        assertThat(page.document().select("meta[property=og:title]").attr("content")).isEqualTo("Sommerfest");
        assertThat(page.document().select("meta[property=og:description]").attr("content"))
            .isEqualTo("Wir feiern am Samstag im Hof.");
        assertThat(page.document().select("meta[property=og:url]").attr("content"))
            .isEqualTo(server.server().settings().absoluteUrl(open));
        assertThat(page.document().select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(internal.status()).isEqualTo(200);
        assertThat(internal.document().select("meta[property^=og:]")).isEmpty();
    }

    @Test
    void slugsComeFromTitlesAndAreUniquePerOwner() {
        WebClient member = person();
        Group first = GroupSteps.found(server, member, "Erste Gruppe");
        Group second = GroupSteps.found(server, member, "Zweite Gruppe");

        String one = write(member, first, "Plan", "a", true).location();
        String two = write(member, first, "Plan", "b", true).location();
        String other = write(member, second, "Plan", "c", true).location();
        String reserved = write(member, first, "Imprint", "d", true).location();

        assertThat(one).isEqualTo("/erste-gruppe/plan/");
        assertThat(two).isEqualTo("/erste-gruppe/plan-1/");
        assertThat(other).isEqualTo("/zweite-gruppe/plan/");
        assertThat(reserved).isEqualTo("/erste-gruppe/imprint-1/");
    }

    @Test
    void onlyMembersMayWriteInAGroupAndAForgedPostIsRefused() {
        WebClient founder = person();
        Group group = GroupSteps.found(server, founder, "Geschlossene Runde");
        WebClient stranger = person();

        Page form = stranger.get("/" + group.slug() + "/articles/add/");
        Page forged = stranger.post("/" + group.slug() + "/articles/add/",
            Map.of("csrfmiddlewaretoken", csrfToken(stranger), "title", "Spam", "text", "x", "public", "on"));
        Page anonymous = server.newClient().get("/" + group.slug() + "/articles/add/");

        assertThat(form.status()).isEqualTo(403);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).startsWith("/stadt/login/");
    }

    @Test
    void siteFormPublishesInOnesGroupOrOnOnesProfile() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Radgruppe");
        Group foreign = GroupSteps.found(server, person(), "Fremde Gruppe");

        Page inGroup = member.fillIn("/stadt/articles/add/", Map.of("group", group.slug(), "title", "Tour",
            "text", "Sonntag", "public", "on"));
        Page onProfile = member.fillIn("/stadt/articles/add/", Map.of("as_gestalt", "on", "title", "Mein Rad",
            "text", "blau", "public", "on"));
        Page inForeign = member.fillIn("/stadt/articles/add/", Map.of("group", foreign.slug(), "title", "Fremd",
            "text", "x"));
        Page nowhere = member.fillIn("/stadt/articles/add/", Map.of("title", "Wohin", "text", "x"));

        assertThat(inGroup.location()).isEqualTo("/radgruppe/tour/");
        assertThat(onProfile.location()).isEqualTo("/" + usernameOf(member) + "/mein-rad/");
        assertThat(member.get(onProfile.location()).status()).isEqualTo(200);
        assertThat(inForeign.status()).isEqualTo(403);
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.document().select(".has-error").text()).contains("Wähle eine deiner Gruppen");
    }

    @Test
    void internalArticleIsHiddenFromStrangersInItsPageAndInLists() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Verschwiegene");
        String path = write(member, group, "Geheimer Plan", "nur intern", false).location();
        WebClient stranger = person();

        Page anonymous = server.newClient().get(path);
        Page refused = stranger.get(path);
        Page shown = member.get(path);
        Page permalink = stranger.get("/stadt/content/" + itemAt(path).id() + "/");

        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).startsWith("/stadt/login/");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(permalink.status()).isEqualTo(403);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.document().select(".badge").text()).contains("intern");
        assertThat(stranger.get("/stadt/articles/").body()).doesNotContain("Geheimer Plan");
        assertThat(server.newClient().get("/stadt/articles/").body()).doesNotContain("Geheimer Plan");
        assertThat(member.get("/stadt/articles/").body()).contains("Geheimer Plan");
    }

    @Test
    void permalinkRedirectsToTheArticleAndUnknownOnesAreNotFound() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Permalinker");
        String path = write(member, group, "Dauerhaft", "x", true).location();

        Page permalink = server.newClient().get("/stadt/content/" + itemAt(path).id() + "/");

        assertThat(permalink.status()).isEqualTo(302);
        assertThat(permalink.location()).isEqualTo(path);
        assertThat(server.newClient().get("/stadt/content/999999/").status()).isEqualTo(404);
        assertThat(server.newClient().get("/permalinker/gibt-es-nicht/").status()).isEqualTo(404);
    }

    @Test
    void editAddsAVersionAndAFormerSlugRedirectsPermanently() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Redaktion");
        String path = write(member, group, "Entwurf", "Zeile eins\nZeile zwei", true).location();

        Page saved = member.fillIn(path + "edit/", Map.of("title", "Fassung", "text", "Zeile eins\nZeile drei",
            "slug", "fassung", "public", "on"));
        Page old = server.newClient().get(path + "?x=1");
        Page versions = server.newClient().get("/redaktion/fassung/versions/");

        assertThat(saved.location()).isEqualTo("/redaktion/fassung/");
        assertThat(old.status()).isEqualTo(301);
        assertThat(old.location()).isEqualTo("/redaktion/fassung/");
        assertThat(server.newClient().get(path + "versions/").location()).isEqualTo("/redaktion/fassung/versions/");
        assertThat(versions.document().select(".version")).hasSize(2);
        Element newest = versions.document().selectFirst(".version");
        assertThat(newest.select(".removed").text()).isEqualTo("- Zeile zwei");
        assertThat(newest.select(".added").text()).isEqualTo("+ Zeile drei");
        assertThat(newest.select(".same").text()).isEqualTo("Zeile eins");
        assertThat(newest.text()).contains("Fassung");
    }

    @Test
    void renamingBackAndForthKeepsEveryFormerSlugRedirecting() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Hin und her");
        String first = write(member, group, "Hin", "x", true).location();

        member.fillIn(first + "edit/", Map.of("title", "Hin", "text", "x", "slug", "her", "public", "on"));
        member.fillIn("/hin-und-her/her/edit/", Map.of("title", "Hin", "text", "x", "slug", "hin", "public", "on"));
        Page again = member.fillIn(first + "edit/", Map.of("title", "Hin", "text", "x", "slug", "her",
            "public", "on"));

        assertThat(again.location()).isEqualTo("/hin-und-her/her/");
        assertThat(server.newClient().get(first).location()).isEqualTo("/hin-und-her/her/");
    }

    @Test
    void aSlugTakenByAnotherArticleIsRefused() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Doppelt");
        write(member, group, "Eins", "x", true);
        String path = write(member, group, "Zwei", "x", true).location();

        Page clash = member.fillIn(path + "edit/", Map.of("title", "Zwei", "text", "x", "slug", "eins"));

        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.document().select(".has-error").text()).isNotEmpty();
    }

    @Test
    void strangersMayNeitherEditNorDeleteAndAnonymousAreAskedToLogIn() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Schutzraum");
        String path = write(member, group, "Offen", "x", true).location();
        WebClient stranger = person();

        Page edit = stranger.get(path + "edit/");
        Page forgedEdit = stranger.post(path + "edit/", Map.of("csrfmiddlewaretoken", csrfToken(stranger),
            "title", "Übernommen", "text", "x", "slug", "offen"));
        Page forgedDelete = stranger.post(path + "delete/", Map.of("csrfmiddlewaretoken", csrfToken(stranger)));
        Page anonymous = server.newClient().get(path + "edit/");

        assertThat(edit.status()).isEqualTo(403);
        assertThat(forgedEdit.status()).isEqualTo(403);
        assertThat(forgedDelete.status()).isEqualTo(403);
        assertThat(anonymous.location()).startsWith("/stadt/login/");
        assertThat(server.newClient().get(path).document().selectFirst("h1").text()).isEqualTo("Offen");
    }

    @Test
    void authorDeletesAndThePageIsGoneAfterwards() {
        WebClient member = person();
        Group group = GroupSteps.found(server, member, "Aufraeumer");
        String path = write(member, group, "Vergänglich", "x", true).location();
        long id = itemAt(path).id();

        Page confirm = member.get(path + "delete/");
        Page deleted = member.submit(confirm, path + "delete/", Map.of());

        assertThat(confirm.status()).isEqualTo(200);
        assertThat(deleted.location()).isEqualTo("/aufraeumer/");
        assertThat(member.get(path).status()).isEqualTo(404);
        assertThat(member.get("/stadt/content/" + id + "/").status()).isEqualTo(404);
        assertThat(member.get(path + "edit/").status()).isEqualTo(404);
    }

    @Test
    void membersMayDeleteOthersArticlesOnlyAfterAWeek() {
        WebClient author = person();
        Group group = GroupSteps.found(server, author, "Wochenregel");
        String path = write(author, group, "Alt", "x", true).location();
        WebClient member = person();
        join(member, group);

        Page tooEarly = member.get(path + "delete/");
        server.clock().advance(Duration.ofDays(8));
        Page later = member.get(path + "delete/");

        assertThat(tooEarly.status()).isEqualTo(403);
        assertThat(later.status()).isEqualTo(200);
        assertThat(member.get(path + "edit/").status()).isEqualTo(200);
    }

    private Page write(WebClient browser, Group group, String title, String text, boolean isPublic) {
        Map<String, String> fields = new HashMap<>(Map.of("title", title, "text", text));
        if (isPublic) {
            fields.put("public", "on");
        }
        Page page = browser.fillIn("/" + group.slug() + "/articles/add/", fields);
        assertThat(page.status()).as("writing %s", title).isEqualTo(302);
        return page;
    }

    private static ContentItem itemAt(String path) {
        String[] parts = path.split("/");
        ContentService contents = server.server().contents();
        return contents.find(contents.owner(parts[1]).orElseThrow(), parts[2]).orElseThrow();
    }

    private static void join(WebClient browser, Group group) {
        long id = server.server().accounts().findByUsername(usernameOf(browser)).orElseThrow().id();
        server.server().memberships().join(group.id(), id);
    }

    private static WebClient person() {
        return GroupSteps.person(server).browser();
    }

    static WebClient staff() {
        WebClient admin = server.newClient();
        logIn(admin, "admin", TestServer.ADMIN_PASSWORD);
        return admin;
    }
}
