package org.grouprise.server.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.csrfToken;
import static org.grouprise.server.testsupport.AccountSteps.newAddress;
import static org.grouprise.server.testsupport.GroupSteps.found;
import static org.grouprise.server.testsupport.GroupSteps.person;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.grouprise.server.groups.Group;
import org.grouprise.server.testsupport.GroupSteps.Someone;
import org.grouprise.server.testsupport.RunningServer;
import org.grouprise.server.testsupport.TestMailbox;
import org.grouprise.server.testsupport.WebClient;
import org.grouprise.server.testsupport.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Subscribing and unsubscribing, logged in and by confirmed mailed links, over HTTP. */
class SubscriptionFlowTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.start();

    @Test
    void loggedInPersonSubscribesAndUnsubscribesFromTheGroupPage() {
        Group group = found(server, person(server).browser(), "Lesezirkel");
        Someone reader = person(server);

        Page subscribed = reader.browser().submit(reader.browser().get(group.path()),
            "/" + group.slug() + "/actions/subscribe", Map.of());
        boolean afterSubscribe = subscriptions().isSubscribed(group.id(), idOf(reader.address()));
        Page unsubscribed = reader.browser().submit(reader.browser().get(group.path()),
            "/stadt/groups/" + group.id() + "/unsubscribe/", Map.of());

        assertThat(subscribed.location()).isEqualTo(group.path());
        assertThat(afterSubscribe).isTrue();
        assertThat(unsubscribed.location()).isEqualTo(group.path());
        assertThat(subscriptions().isSubscribed(group.id(), idOf(reader.address()))).isFalse();
    }

    @Test
    void anonymousSubscriptionIsConfirmedByMailAndOnlyByPost() {
        Group group = found(server, person(server).browser(), "Stadtgarten");
        WebClient visitor = server.newClient();
        String address = newAddress();
        String path = "/" + group.slug() + "/actions/subscribe";

        Page sent = visitor.fillIn(path, Map.of("subscriber", address));
        String link = TestMailbox.linkPath(server.mailbox().awaitMail(address, "Abonnement"));
        Page confirm = visitor.get(link);
        boolean subscribedAfterGet = subscriptions().isSubscribed(group.id(), idOf(address));
        Page subscribed = visitor.submit(confirm, link, Map.of());
        Page twice = visitor.post(link, Map.of("csrfmiddlewaretoken", csrfToken(visitor)));

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.mainText()).contains(address);
        assertThat(link).startsWith("/stadt/subscribe/confirm/");
        assertThat(confirm.document().select("form[action=\"" + link + "\"] button")).hasSize(1);
        assertThat(subscribedAfterGet).isFalse();
        assertThat(subscribed.location()).isEqualTo(group.path());
        assertThat(subscriptions().isSubscribed(group.id(), idOf(address))).isTrue();
        assertThat(twice.status()).isEqualTo(404);
    }

    @Test
    void addressOfAnAccountWithPasswordIsAskedToLogInAndGetsNoMail() throws MessagingException {
        Group group = found(server, person(server).browser(), "Nur mit Login");
        Someone owner = person(server);
        WebClient visitor = server.newClient();

        Page answer = visitor.fillIn("/" + group.slug() + "/actions/subscribe", Map.of("subscriber", owner.address()));
        visitor.fillIn("/stadt/groups/" + group.id() + "/unsubscribe/request/", Map.of("subscriber", owner.address()));
        server.mailbox().awaitMail(owner.address(), "Abonnement");

        assertThat(answer.mainText()).contains("melde dich an");
        assertThat(answer.document().select("a[href=\"/stadt/login/?next=/" + group.slug() + "/actions/subscribe\"]"))
            .hasSize(1);
        assertThat(mailsTo(owner.address(), "Abonnement")).isEqualTo(1);
        assertThat(subscriptions().isSubscribed(group.id(), idOf(owner.address()))).isFalse();
    }

    @Test
    void unsubscribeByMailedLinkActsOnlyOnPost() {
        Group group = found(server, person(server).browser(), "Newsletter");
        String address = newAddress();
        long subscriber = server.server().accounts().implicitAccount(address, Locale.GERMAN).id();
        subscriptions().subscribe(group.id(), subscriber);
        WebClient visitor = server.newClient();

        visitor.fillIn("/stadt/groups/" + group.id() + "/unsubscribe/request/", Map.of("subscriber", address));
        String link = TestMailbox.linkPath(server.mailbox().awaitMail(address, "Abonnement"));
        Page confirm = visitor.get(link);
        boolean subscribedAfterGet = subscriptions().isSubscribed(group.id(), subscriber);
        Page unsubscribed = visitor.submit(confirm, link, Map.of());

        assertThat(link).startsWith("/stadt/unsubscribe/confirm/");
        assertThat(subscribedAfterGet).isTrue();
        assertThat(unsubscribed.location()).isEqualTo(group.path());
        assertThat(subscriptions().isSubscribed(group.id(), subscriber)).isFalse();
        assertThat(visitor.get(link).status()).isEqualTo(404);
    }

    @Test
    void unsubscribeRequestAnswersTheSameForAnAddressWithoutSubscription() {
        Group group = found(server, person(server).browser(), "Ohne Abo");
        String subscribed = newAddress();
        subscriptions().subscribe(group.id(), server.server().accounts().implicitAccount(subscribed, Locale.GERMAN)
            .id());
        String stranger = newAddress();
        String path = "/stadt/groups/" + group.id() + "/unsubscribe/request/";

        Page forSubscriber = server.newClient().fillIn(path, Map.of("subscriber", subscribed));
        Page forStranger = server.newClient().fillIn(path, Map.of("subscriber", stranger));
        String mail = TestMailbox.text(server.mailbox().awaitMail(stranger, "Abonnement"));

        assertThat(forSubscriber.mainText().replace(subscribed, "X"))
            .isEqualTo(forStranger.mainText().replace(stranger, "X"));
        assertThat(mail).contains("nicht abonniert").doesNotContain("/stadt/unsubscribe/confirm/");
    }

    @Test
    void invalidAddressIsRefusedWithTheReason() {
        Group group = found(server, person(server).browser(), "Falsche Adresse");

        Page refused = server.newClient().fillIn("/" + group.slug() + "/actions/subscribe",
            Map.of("subscriber", "kein at-zeichen"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select(".has-error")).isNotEmpty();
    }

    @Test
    void postsWithoutCsrfTokenAreRefused() {
        Group group = found(server, person(server).browser(), "Ohne Token");
        Someone reader = person(server);

        Page subscribe = reader.browser().post("/" + group.slug() + "/actions/subscribe", Map.of());
        Page anonymous = server.newClient().post("/" + group.slug() + "/actions/subscribe",
            Map.of("subscriber", newAddress()));

        assertThat(subscribe.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(subscriptions().isSubscribed(group.id(), idOf(reader.address()))).isFalse();
    }

    private static SubscriptionService subscriptions() {
        return server.server().subscriptions();
    }

    private static long idOf(String address) {
        return server.server().accounts().findByEmail(address).orElseThrow().id();
    }

    private static long mailsTo(String address, String subjectPart) {
        return server.mailbox().all().stream().filter(mail -> {
            try {
                Address[] to = mail.getRecipients(Message.RecipientType.TO);
                return Arrays.stream(to).anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address))
                    && mail.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
