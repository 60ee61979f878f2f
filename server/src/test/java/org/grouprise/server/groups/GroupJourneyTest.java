package org.grouprise.server.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.PASSWORD;

import jakarta.mail.internet.MimeMessage;
import org.grouprise.server.media.TestImages;
import org.grouprise.server.testsupport.RunningServer;
import org.grouprise.server.testsupport.TestMailbox;
import org.grouprise.server.testsupport.WebClient;
import org.grouprise.server.testsupport.WebClient.FilePart;
import org.grouprise.server.testsupport.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

/**
 * The groups issue's "done when", in one story: a new person founds a group, uploads its logo,
 * invites a friend by e-mail into the closed group, a stranger subscribes by e-mail, and each of
 * them receives the right mail and can act on it.
 */
class GroupJourneyTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.start();

    @Test
    void founderInvitesAFriendAndAStrangerSubscribesAndEachGetsTheRightMail() {
        WebClient founder = server.newClient();
        founder.fillIn("/stadt/signup/", Map.of("email", "rosa@example.org", "password1", PASSWORD,
            "password2", PASSWORD));
        TestMailbox.linkPath(server.mailbox().awaitMail("rosa@example.org", "Bestätige deine E-Mail-Adresse"));
        String slug = founder.fillIn("/stadt/groups/add", Map.of("name", "Repair-Café Süd")).location()
            .replace("/", "");
        String images = "/stadt/settings/group/images?group=" + slug;
        founder.submitMultipart(founder.get(images), images, Map.of(),
            Map.of("logo", new FilePart("logo.png", "image/png", TestImages.png(800, 200))));
        founder.fillIn("/stadt/settings/group?group=" + slug, Map.of("name", "Repair-Café Süd", "slug", slug,
            "closed", "on"));
        Group group = server.server().groups().findBySlug(slug).orElseThrow();

        String add = "/stadt/groups/" + group.id() + "/members/add/";
        founder.fillIn(add, Map.of("member_email", "karl@example.net"));
        MimeMessage toFriend = server.mailbox().awaitMail("karl@example.net", "Mitgliedschaft in Repair-Café Süd");
        MimeMessage toFounder = server.mailbox().awaitMail("rosa@example.org", "Mitgliedschaft in Repair-Café Süd");

        WebClient stranger = server.newClient();
        stranger.fillIn("/" + slug + "/actions/subscribe", Map.of("subscriber", "mia@example.com"));
        String confirm = TestMailbox.linkPath(
            server.mailbox().awaitMail("mia@example.com", "Abonnement von Repair-Café Süd"));
        stranger.submit(stranger.get(confirm), confirm, Map.of());

        WebClient friend = server.newClient();
        String signupLink = TestMailbox.linkPath(toFriend, "/stadt/signup/");
        Page joined = friend.submit(friend.get(signupLink), "/stadt/signup/", Map.of("email", "karl@example.net",
            "password1", "karls own secret", "password2", "karls own secret"));
        Page groupPage = server.newClient().get("/" + slug + "/");

        assertThat(groupPage.document().selectFirst("img.logo")).isNotNull();
        assertThat(TestMailbox.text(toFounder)).contains("karl", "Repair-Café Süd");
        assertThat(TestMailbox.text(toFriend)).contains("Du hast noch kein Kennwort");
        assertThat(signupLink).isEqualTo("/stadt/signup/?next=/" + slug + "/");
        assertThat(joined.location()).isEqualTo("/" + slug + "/");
        long karl = server.server().accounts().findByUsername("karl").orElseThrow().id();
        long mia = server.server().accounts().findByUsername("mia").orElseThrow().id();
        assertThat(server.server().memberships().isMember(group.id(), karl)).isTrue();
        assertThat(server.server().subscriptions().isSubscribed(group.id(), mia)).isTrue();
        assertThat(server.server().memberships().isMember(group.id(), mia)).isFalse();
    }
}
