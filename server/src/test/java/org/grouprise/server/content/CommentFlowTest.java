package org.grouprise.server.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.csrfToken;
import static org.grouprise.server.testsupport.AccountSteps.logIn;

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
import java.util.HashMap;
import java.util.Map;

/** Comments inside articles, and what staff may do with items, over HTTP. */
class CommentFlowTest {
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
    void aCommentLandsAtItsAnchorWithRenderedText() {
        WebClient member = person();
        String path = article(member, "Kommentiert", true);

        Page posted = member.fillIn(path, Map.of("text", "Gute *Idee*"));
        Page page = member.get(path);

        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.location()).matches("/[a-z0-9-]+/kommentiert/#contribution-\\d+");
        String anchor = posted.location().substring(posted.location().indexOf('#') + 1);
        assertThat(page.document().getElementById(anchor).select(".text em").text()).isEqualTo("Idee");
    }

    @Test
    void replyQuotesTheCommentAndPointsBackToIt() {
        WebClient member = person();
        String path = article(member, "Frage", true);
        String first = member.fillIn(path, Map.of("text", "Wer kommt mit?")).location();
        String firstId = first.substring(first.lastIndexOf('-') + 1);
        WebClient other = person();

        Page replyForm = other.get(path + "?reply_to=" + firstId);
        Page replied = other.submit(replyForm, path, Map.of("text", replyForm.document().selectFirst("#id_comment")
            .wholeText() + "Ich!"));
        Page page = other.get(path);

        assertThat(replyForm.document().selectFirst("#id_comment").wholeText()).startsWith("> Wer kommt mit?");
        assertThat(replyForm.document().select("input[name=in_reply_to]").attr("value")).isEqualTo(firstId);
        String replyAnchor = replied.location().substring(replied.location().indexOf('#') + 1);
        assertThat(page.document().getElementById(replyAnchor).select("a[href$=#contribution-" + firstId + "]"))
            .isNotEmpty();
        assertThat(page.document().getElementById(replyAnchor).select("blockquote").text())
            .isEqualTo("Wer kommt mit?");
    }

    @Test
    void strangersCommentOnPublicArticlesOnlyAndAnonymousAreAskedToLogIn() {
        WebClient member = person();
        String open = article(member, "Offen fuer alle", true);
        String internal = article(member, "Nur fuer uns", false);
        WebClient stranger = person();
        WebClient anonymous = server.newClient();

        Page onOpen = stranger.post(open, Map.of("csrfmiddlewaretoken", csrfToken(stranger), "text", "Hallo"));
        Page onInternal = stranger.post(internal, Map.of("csrfmiddlewaretoken", csrfToken(stranger), "text", "Hallo"));
        Page byAnonymous = anonymous.post(open, Map.of("csrfmiddlewaretoken", csrfToken(anonymous), "text", "Hi"));
        Page empty = stranger.post(open, Map.of("csrfmiddlewaretoken", csrfToken(stranger), "text", "  "));

        assertThat(onOpen.status()).isEqualTo(302);
        assertThat(onInternal.status()).isEqualTo(403);
        assertThat(byAnonymous.location()).startsWith("/stadt/login/");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(anonymous.get(open).document().select("a[href^=/stadt/login/]").text()).contains("Anmelden");
    }

    @Test
    void onlyItsAuthorDeletesAComment() {
        WebClient member = person();
        String path = article(member, "Loeschbar", true);
        WebClient commenter = person();
        String anchor = commenter.fillIn(path, Map.of("text", "Vorschnell")).location();
        String id = anchor.substring(anchor.lastIndexOf('-') + 1);
        String deletePath = path + "contributions/" + id + "/delete/";

        Page byMember = member.get(deletePath);
        Page forged = member.post(deletePath, Map.of("csrfmiddlewaretoken", csrfToken(member)));
        Page confirm = commenter.get(deletePath);
        Page deleted = commenter.submit(confirm, deletePath, Map.of());

        assertThat(byMember.status()).isEqualTo(403);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(deleted.location()).isEqualTo(path);
        assertThat(commenter.get(path).body()).doesNotContain("Vorschnell");
        assertThat(commenter.get(deletePath).status()).isEqualTo(404);
    }

    @Test
    void staffReadAndDeleteInternalArticlesButDoNotEditThem() {
        WebClient member = person();
        String path = article(member, "Moderation", false);
        WebClient staff = server.newClient();
        logIn(staff, "admin", TestServer.ADMIN_PASSWORD);

        Page read = staff.get(path);
        Page edit = staff.get(path + "edit/");
        Page confirm = staff.get(path + "delete/");
        Page deleted = staff.submit(confirm, path + "delete/", Map.of());

        assertThat(read.status()).isEqualTo(200);
        assertThat(edit.status()).isEqualTo(403);
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(member.get(path).status()).isEqualTo(404);
    }

    private static String article(WebClient member, String title, boolean isPublic) {
        Group group = GroupSteps.found(server, member, title + " Gruppe");
        Map<String, String> fields = new HashMap<>(Map.of("title", title, "text", "Text"));
        if (isPublic) {
            fields.put("public", "on");
        }
        Page page = member.fillIn("/" + group.slug() + "/articles/add/", fields);
        assertThat(page.status()).isEqualTo(302);
        return page.location();
    }

    private static WebClient person() {
        return GroupSteps.person(server).browser();
    }
}
