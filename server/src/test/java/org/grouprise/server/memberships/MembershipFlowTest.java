package org.grouprise.server.memberships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.csrfToken;
import static org.grouprise.server.testsupport.AccountSteps.newAddress;
import static org.grouprise.server.testsupport.AccountSteps.usernameOf;
import static org.grouprise.server.testsupport.GroupSteps.close;
import static org.grouprise.server.testsupport.GroupSteps.found;
import static org.grouprise.server.testsupport.GroupSteps.person;

import jakarta.mail.internet.MimeMessage;
import org.grouprise.server.accounts.Person;
import org.grouprise.server.groups.Group;
import org.grouprise.server.testsupport.GroupSteps.Someone;
import org.grouprise.server.testsupport.RunningServer;
import org.grouprise.server.testsupport.TestMailbox;
import org.grouprise.server.testsupport.WebClient;
import org.grouprise.server.testsupport.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;

/** Joining, resigning, the member list, adding members, mailed links and recommending, over HTTP. */
class MembershipFlowTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.start();

    @Test
    void joinAddsMemberAndSubscriberToOpenGroup() {
        Group group = found(server, person(server).browser(), "Kochgruppe");
        Someone joiner = person(server);

        Page form = joiner.browser().get("/" + group.slug() + "/actions/join");
        Page joined = joiner.browser().submit(form, "/" + group.slug() + "/actions/join", Map.of());
        Page page = joiner.browser().get(joined.location());

        assertThat(form.status()).isEqualTo(200);
        assertThat(joined.location()).isEqualTo(group.path());
        assertThat(page.mainText()).contains("Du bist nun Mitglied der Gruppe.");
        assertThat(memberships().isMember(group.id(), idOf(joiner))).isTrue();
        assertThat(server.server().subscriptions().isSubscribed(group.id(), idOf(joiner))).isTrue();
    }

    @Test
    void joiningTwiceRedirectsWithAnInfo() {
        Someone founder = person(server);
        Group group = found(server, founder.browser(), "Doppelt");

        Page again = founder.browser().get("/" + group.slug() + "/actions/join");

        assertThat(again.location()).isEqualTo(group.path());
        assertThat(founder.browser().get(group.path()).mainText()).contains("bereits Mitglied");
    }

    @Test
    void joiningAClosedGroupIsForbidden() {
        Group group = close(server, found(server, person(server).browser(), "Geheimbund"));
        WebClient stranger = person(server).browser();

        Page form = stranger.get("/" + group.slug() + "/actions/join");
        Page post = stranger.post("/" + group.slug() + "/actions/join",
            Map.of("csrfmiddlewaretoken", csrfToken(stranger)));

        assertThat(form.status()).isEqualTo(403);
        assertThat(post.status()).isEqualTo(403);
        assertThat(memberships().memberCount(group.id())).isEqualTo(1);
    }

    @Test
    void anonymousVisitorIsAskedToLogInBeforeJoining() {
        Group group = found(server, person(server).browser(), "Offene Runde");

        Page form = server.newClient().get("/" + group.slug() + "/actions/join");

        assertThat(form.status()).isEqualTo(302);
        assertThat(form.location()).startsWith("/stadt/login/?next=");
    }

    @Test
    void resignEndsMembershipAndSubscription() {
        Someone founder = person(server);
        Group group = found(server, founder.browser(), "Kurzzeitgruppe");
        String path = "/stadt/groups/" + group.id() + "/resign/";

        Page resigned = founder.browser().fillIn(path, Map.of());

        assertThat(resigned.location()).isEqualTo(group.path());
        assertThat(memberships().isMember(group.id(), idOf(founder))).isFalse();
        assertThat(server.server().subscriptions().isSubscribed(group.id(), idOf(founder))).isFalse();
    }

    @Test
    void memberListIsForMembersOnly() {
        Someone founder = person(server);
        Group group = found(server, founder.browser(), "Mitgliederliste");
        String path = "/stadt/groups/" + group.id() + "/members/";

        Page forMember = founder.browser().get(path);

        assertThat(forMember.status()).isEqualTo(200);
        assertThat(forMember.document().select("ul.members li").eachText()).containsExactly(usernameOf(
            founder.browser()));
        assertThat(person(server).browser().get(path).status()).isEqualTo(403);
        assertThat(server.newClient().get(path).status()).isEqualTo(302);
        assertThat(founder.browser().get("/stadt/groups/999999/members/").status()).isEqualTo(404);
    }

    @Test
    void addingByEmailCreatesAnImplicitAccountAndMailsEveryMember() throws Exception {
        Someone founder = person(server);
        Group group = close(server, found(server, founder.browser(), "Vorstand Nord"));
        Someone other = person(server);
        memberships().add(group.id(), idOf(other), idOf(founder));
        String newcomer = newAddress();

        Page added = founder.browser().fillIn("/stadt/groups/" + group.id() + "/members/add/",
            Map.of("member_email", newcomer));
        MimeMessage toNewcomer = server.mailbox().awaitMail(newcomer, "Mitgliedschaft");
        MimeMessage toFounder = server.mailbox().awaitMail(founder.address(), "Mitgliedschaft");
        MimeMessage toOther = server.mailbox().awaitMail(other.address(), "Mitgliedschaft");

        Person person = server.server().accounts().findByEmail(newcomer).orElseThrow();
        assertThat(added.location()).isEqualTo("/stadt/groups/" + group.id() + "/members/");
        assertThat(memberships().isMember(group.id(), person.id())).isTrue();
        assertThat(server.server().accounts().hasPassword(person.id())).isFalse();
        assertThat(TestMailbox.text(toNewcomer)).contains(person.displayName(), "/stadt/signup/?next=" + group.path());
        assertThat(TestMailbox.text(toFounder)).contains(person.displayName()).doesNotContain("/stadt/signup/");
        assertThat(TestMailbox.text(toOther)).contains(person.displayName(), usernameOf(founder.browser()));
        assertThat(toFounder.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(toFounder.getFrom()[0].toString()).contains("Vorstand Nord");
    }

    @Test
    void addingAnExistingMemberSaysSo() {
        Someone founder = person(server);
        Group group = close(server, found(server, founder.browser(), "Schon dabei"));

        Page again = founder.browser().fillIn("/stadt/groups/" + group.id() + "/members/add/",
            Map.of("member_email", founder.address()));

        assertThat(founder.browser().get(again.location()).mainText()).contains("bereits Mitglied");
    }

    @Test
    void addingMembersIsForMembersOfClosedGroups() {
        Someone founder = person(server);
        Group open = found(server, founder.browser(), "Offen fuer alle");
        Group closed = close(server, found(server, founder.browser(), "Zu fuer alle"));

        assertThat(founder.browser().get("/stadt/groups/" + open.id() + "/members/add/").status()).isEqualTo(403);
        assertThat(person(server).browser().get("/stadt/groups/" + closed.id() + "/members/add/").status())
            .isEqualTo(403);
    }

    @Test
    void joinByMailedLinkActsOnlyOnPostAndOnlyOnce() {
        Group group = found(server, person(server).browser(), "Wandergruppe");
        WebClient stranger = server.newClient();
        String address = newAddress();

        Page sent = stranger.fillIn("/" + group.slug() + "/join/request/", Map.of("member", address));
        String link = TestMailbox.linkPath(server.mailbox().awaitMail(address, "Mitgliedschaft"));
        Page confirm = stranger.get(link);
        long personId = server.server().accounts().findByEmail(address).orElseThrow().id();
        boolean memberAfterGet = memberships().isMember(group.id(), personId);
        Page joined = stranger.submit(confirm, link, Map.of());
        Page twice = stranger.post(link, Map.of("csrfmiddlewaretoken", csrfToken(stranger)));

        assertThat(sent.status()).isEqualTo(200);
        assertThat(link).startsWith("/stadt/groups/join/confirm/");
        assertThat(confirm.document().select("form[action=\"" + link + "\"] button")).hasSize(1);
        assertThat(memberAfterGet).isFalse();
        assertThat(joined.location()).isEqualTo(group.path());
        assertThat(memberships().isMember(group.id(), personId)).isTrue();
        assertThat(twice.status()).isEqualTo(404);
        assertThat(twice.mainText()).contains("gilt nicht mehr");
        assertThat(stranger.get(link).status()).isEqualTo(404);
    }

    @Test
    void mailedLinkExpiresAfterThreeDays() {
        Group group = found(server, person(server).browser(), "Ablaufgruppe");
        WebClient stranger = server.newClient();
        String address = newAddress();

        stranger.fillIn("/" + group.slug() + "/join/request/", Map.of("member", address));
        String link = TestMailbox.linkPath(server.mailbox().awaitMail(address, "Mitgliedschaft"));
        server.clock().advance(Duration.ofDays(3).plusMinutes(1));

        assertThat(stranger.get(link).status()).isEqualTo(404);
    }

    @Test
    void resignRequestAnswersTheSameAndMailsAddressesWithoutMembershipSo() {
        Someone member = person(server);
        Group group = found(server, member.browser(), "Abschiedsgruppe");
        String stranger = newAddress();
        String path = "/stadt/groups/" + group.id() + "/resign/request/";

        Page forMember = server.newClient().fillIn(path, Map.of("member", member.address()));
        Page forStranger = server.newClient().fillIn(path, Map.of("member", stranger));
        String link = TestMailbox.linkPath(server.mailbox().awaitMail(member.address(), "Mitgliedschaft"));
        String noMembership = TestMailbox.text(server.mailbox().awaitMail(stranger, "Mitgliedschaft"));
        WebClient anonymous = server.newClient();
        Page resigned = anonymous.submit(anonymous.get(link), link, Map.of());

        assertThat(forMember.mainText().replace(member.address(), "X"))
            .isEqualTo(forStranger.mainText().replace(stranger, "X"));
        assertThat(noMembership).contains("kein Mitglied").doesNotContain("http");
        assertThat(link).startsWith("/stadt/groups/resign/confirm/");
        assertThat(resigned.location()).isEqualTo(group.path());
        assertThat(memberships().isMember(group.id(), idOf(member))).isFalse();
    }

    @Test
    void recommendationGoesToAddressesAndUsernames() {
        Someone member = person(server);
        Group group = found(server, member.browser(), "Empfehlenswert");
        Someone friend = person(server);
        String outsider = newAddress();
        String path = "/" + group.slug() + "/actions/recommend";

        Page form = member.browser().get(path);
        Page sent = member.browser().submit(form, path, Map.of("recipients",
            outsider + ", @" + usernameOf(friend.browser()), "text", form.document().selectFirst("#id_text").text()));

        assertThat(form.document().selectFirst("#id_text").text()).contains("Empfehlenswert", group.path());
        assertThat(sent.location()).isEqualTo(group.path());
        assertThat(TestMailbox.text(server.mailbox().awaitMail(outsider, "Empfehlung"))).contains(group.path());
        assertThat(TestMailbox.text(server.mailbox().awaitMail(friend.address(), "Empfehlung")))
            .contains("Empfehlenswert");
    }

    @Test
    void recommendationReportsUnknownUsernamesAndSendsNothing() {
        Someone member = person(server);
        Group group = found(server, member.browser(), "Unbekannte Namen");
        String path = "/" + group.slug() + "/actions/recommend";

        Page refused = member.browser().fillIn(path, Map.of("recipients", newAddress() + " @niemand-hier",
            "text", "Schau mal"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.mainText()).contains("@niemand-hier");
    }

    @Test
    void recommendingIsForMembersAndSubscribers() {
        Group group = found(server, person(server).browser(), "Nur fuer Freunde");
        String path = "/" + group.slug() + "/actions/recommend";

        assertThat(person(server).browser().get(path).status()).isEqualTo(403);
        assertThat(server.newClient().get(path).status()).isEqualTo(302);
    }

    @Test
    void postsWithoutCsrfTokenAreRefused() {
        Someone founder = person(server);
        Group group = close(server, found(server, founder.browser(), "Gefaelscht"));
        Group open = found(server, founder.browser(), "Gefaelscht offen");

        Page add = founder.browser().post("/stadt/groups/" + group.id() + "/members/add/",
            Map.of("member_email", newAddress()));
        Page resign = founder.browser().post("/stadt/groups/" + group.id() + "/resign/", Map.of());
        Page join = person(server).browser().post("/" + open.slug() + "/actions/join", Map.of());

        assertThat(add.status()).isEqualTo(403);
        assertThat(resign.status()).isEqualTo(403);
        assertThat(join.status()).isEqualTo(403);
        assertThat(memberships().memberCount(group.id())).isEqualTo(1);
    }

    private static MembershipService memberships() {
        return server.server().memberships();
    }

    private static long idOf(Someone someone) {
        return server.server().accounts().findByEmail(someone.address()).orElseThrow().id();
    }
}
