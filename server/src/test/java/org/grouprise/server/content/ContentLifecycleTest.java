package org.grouprise.server.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.PASSWORD;
import static org.grouprise.server.testsupport.AccountSteps.newAddress;

import org.grouprise.server.GroupriseServer;
import org.grouprise.server.groups.Group;
import org.grouprise.server.testsupport.TestMailbox;
import org.grouprise.server.testsupport.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** What happens to content when its author's account or its group is deleted; who sees internal comments. */
class ContentLifecycleTest {
    private static final AtomicInteger CLIENTS = new AtomicInteger();
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
    void deletedAccountsLeaveTheirGroupArticlesAndCommentsToTheUnknownPerson() {
        GroupriseServer grouprise = server.server();
        ContentService contents = grouprise.contents();
        long founderId = person();
        Group group = grouprise.groups().found("Bleibende Werte", founderId);
        long leaverId = person();
        grouprise.memberships().join(group.id(), leaverId);
        ContentItem article = contents.create(contents.owner(group.slug()).orElseThrow(), leaverId, form("Erbe"));
        contents.comment(article, leaverId, "Mein Kommentar", Optional.empty());
        contents.update(article, leaverId, new ArticleForm("Erbe", "neu", true, false, article.slug()));
        ContentItem personal = contents.create(contents.ownerOf(leaverId), leaverId, form("Privat"));

        grouprise.accounts().deleteAccount(leaverId);

        long unknown = grouprise.accounts().unknownPersonId();
        ContentItem kept = contents.find(article.id()).orElseThrow();
        assertThat(kept.authorId()).isEqualTo(unknown);
        assertThat(contents.contributions(kept, Visibility.Reader.anonymous()))
            .extracting(Contribution::authorId).containsExactly(unknown);
        assertThat(contents.history(kept)).extracting(VersionView::authorName).doesNotContainNull()
            .hasSize(2);
        assertThat(contents.find(personal.id())).isEmpty();
        assertThat(server.newClient().get(article.path()).status()).isEqualTo(200);
    }

    @Test
    void internalCommentsAreShownToMembersAndTheirAuthorOnly() {
        GroupriseServer grouprise = server.server();
        ContentService contents = grouprise.contents();
        long memberId = person();
        Group group = grouprise.groups().found("Interne Antworten", memberId);
        long outsiderId = person();
        long strangerId = person();
        ContentItem article = contents.create(contents.owner(group.slug()).orElseThrow(), memberId, form("Offen"));
        contents.comment(article, outsiderId, "per Mail", Optional.empty(), false);
        contents.comment(article, memberId, "im Web", Optional.empty());

        assertThat(contents.contributions(article, Visibility.Reader.person(memberId, false)))
            .extracting(Contribution::text).containsExactly("per Mail", "im Web");
        assertThat(contents.contributions(article, Visibility.Reader.person(outsiderId, false)))
            .extracting(Contribution::text).containsExactly("per Mail", "im Web");
        assertThat(contents.contributions(article, Visibility.Reader.person(strangerId, false)))
            .extracting(Contribution::text).containsExactly("im Web");
        assertThat(contents.contributions(article, Visibility.Reader.anonymous()))
            .extracting(Contribution::text).containsExactly("im Web");
    }

    @Test
    void deletingAGroupDeletesItsContent() {
        GroupriseServer grouprise = server.server();
        ContentService contents = grouprise.contents();
        long founderId = person();
        Group group = grouprise.groups().found("Vergehende Gruppe", founderId);
        ContentItem article = contents.create(contents.owner(group.slug()).orElseThrow(), founderId, form("Weg"));
        contents.comment(article, founderId, "Auch weg", Optional.empty());

        grouprise.groups().delete(group.id());

        assertThat(contents.find(article.id())).isEmpty();
        assertThat(server.newClient().get("/stadt/content/" + article.id() + "/").status()).isEqualTo(404);
    }

    private static ArticleForm form(String title) {
        return new ArticleForm(title, "Text", true, false, "");
    }

    private static long person() {
        return server.server().accounts().signUp(newAddress(), PASSWORD, PASSWORD,
            "198.51.100." + CLIENTS.incrementAndGet(), Locale.GERMAN);
    }
}
