package org.grouprise.server.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.PASSWORD;
import static org.grouprise.server.testsupport.AccountSteps.newAddress;
import static org.grouprise.server.testsupport.AccountSteps.signUp;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.grouprise.server.groups.Group;
import org.grouprise.server.testsupport.GroupSteps;
import org.grouprise.server.testsupport.RunningServer;
import org.grouprise.server.testsupport.WebClient;
import org.grouprise.server.testsupport.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

/** The Atom feeds of public articles, parsed back with a feed library. */
class FeedTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.start();

    @Test
    void groupFeedListsPublicArticlesOnlyAndIsValidAtom() throws Exception {
        WebClient member = server.newClient();
        signUp(member, newAddress(), PASSWORD);
        Group group = GroupSteps.found(server, member, "Feedgruppe");
        write(member, group, "Offener Bericht", "Für **alle**.", true);
        write(member, group, "Interne Notiz", "Nur für uns.", false);

        Page page = server.newClient().get("/stadt/groups/" + group.id() + "/feed/");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(page.body()));
        Page groupPage = server.newClient().get(group.path());

        assertThat(page.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
            .startsWith("application/atom+xml"));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Feedgruppe");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Offener Bericht");
        assertThat(feed.getEntries().get(0).getContents().get(0).getValue()).contains("<strong>alle</strong>");
        assertThat(groupPage.document().select("link[type=application/atom+xml]").eachAttr("href"))
            .contains("/stadt/feed/", "/stadt/groups/" + group.id() + "/feed/");
    }

    @Test
    void siteFeedHasNoInternalArticles() throws Exception {
        WebClient member = server.newClient();
        signUp(member, newAddress(), PASSWORD);
        Group group = GroupSteps.found(server, member, "Seitenfeed");
        write(member, group, "Geheimer Plan", "Psst.", false);

        SyndFeed feed = new SyndFeedInput().build(new StringReader(server.newClient().get("/stadt/feed/").body()));

        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).doesNotContain("Geheimer Plan");
    }

    @Test
    void unknownGroupHasNoFeed() {
        assertThat(server.newClient().get("/stadt/groups/987654/feed/").status()).isEqualTo(404);
    }

    private static void write(WebClient member, Group group, String title, String text, boolean isPublic) {
        Map<String, String> fields = new HashMap<>(Map.of("title", title, "text", text));
        if (isPublic) {
            fields.put("public", "on");
        }
        Page written = member.submit(member.get(group.path() + "articles/add/"), group.path() + "articles/add/",
            fields);
        assertThat(written.status()).as("writing %s", title).isEqualTo(302);
    }
}
