package org.grouprise.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.PASSWORD;
import static org.grouprise.server.testsupport.AccountSteps.csrfToken;
import static org.grouprise.server.testsupport.AccountSteps.logIn;
import static org.grouprise.server.testsupport.AccountSteps.logOut;
import static org.grouprise.server.testsupport.AccountSteps.newAddress;
import static org.grouprise.server.testsupport.AccountSteps.signUp;
import static org.grouprise.server.testsupport.AccountSteps.usernameOf;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.grouprise.server.testsupport.RunningServer;
import org.grouprise.server.testsupport.TestMailbox;
import org.grouprise.server.testsupport.WebClient;
import org.grouprise.server.testsupport.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** The account pages over HTTP against the real server, with mail delivered to a real SMTP server. */
class AccountFlowTest {
    private static final String CONFIRM_SUBJECT = "Bestätige deine E-Mail-Adresse";
    private static final String RESET_SUBJECT = "Setze dein Kennwort zurück";

    @RegisterExtension
    static final RunningServer server = RunningServer.start();

    @Test
    void signupLogsInAndMailsALinkThatConfirmsTheAddress() {
        WebClient browser = server.newClient();
        String email = newAddress();

        Page afterSignup = signUp(browser, email, PASSWORD);
        MimeMessage mail = server.mailbox().awaitMail(email, CONFIRM_SUBJECT);
        Page confirmPage = browser.get(TestMailbox.linkPath(mail));
        Page afterConfirm = browser.submit(confirmPage, confirmPage.path(), Map.of());

        assertThat(afterSignup.status()).isEqualTo(302);
        assertThat(browser.open("/").mainText()).contains("Willkommen zurück");
        assertThat(confirmPage.status()).isEqualTo(200);
        assertThat(confirmPage.mainText()).contains(email);
        assertThat(afterConfirm.location()).isEqualTo("/stadt/email/");
        assertThat(browser.open("/stadt/email/").mainText()).contains(email + " bestätigt");
    }

    @Test
    void confirmationLinkWorksOnce() {
        WebClient browser = server.newClient();
        String email = newAddress();
        signUp(browser, email, PASSWORD);
        String link = TestMailbox.linkPath(server.mailbox().awaitMail(email, CONFIRM_SUBJECT));
        Page form = browser.get(link);
        browser.submit(form, link, Map.of());

        Page again = browser.get(link);

        assertThat(again.status()).isEqualTo(404);
        assertThat(again.mainText()).contains("nicht gültig");
    }

    @Test
    void loggedOutPersonLogsInByEmailAndByUsername() {
        WebClient browser = server.newClient();
        String email = newAddress();
        signUp(browser, email, PASSWORD);
        String username = usernameOf(browser);
        logOut(browser);

        Page byEmail = logIn(browser, email.toUpperCase(Locale.ROOT), PASSWORD);
        boolean loggedInByEmail = browser.open("/").mainText().contains("Willkommen zurück");
        logOut(browser);
        Page byUsername = logIn(browser, username, PASSWORD);

        assertThat(byEmail.status()).isEqualTo(302);
        assertThat(loggedInByEmail).isTrue();
        assertThat(byUsername.status()).isEqualTo(302);
        assertThat(browser.open("/").mainText()).contains("Willkommen zurück");
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        WebClient browser = server.newClient();
        String email = newAddress();
        signUp(browser, email, PASSWORD);
        logOut(browser);

        Page refused = logIn(browser, email, "not the password");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.mainText()).contains("passen nicht zusammen");
    }

    @Test
    void fiveWrongPasswordsBlockTheAccountEvenForTheRightPasswordFor15Minutes() {
        WebClient browser = server.newClient();
        String email = newAddress();
        signUp(browser, email, PASSWORD);
        logOut(browser);
        WebClient attacker = server.newClient();
        for (int attempt = 0; attempt < 5; attempt++) {
            logIn(attacker, email, "guess number " + attempt);
        }

        Page blocked = logIn(browser, email, PASSWORD);
        server.clock().advance(Duration.ofMinutes(16));
        Page later = logIn(browser, email, PASSWORD);

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.mainText()).contains("Zu viele fehlgeschlagene Versuche");
        assertThat(later.status()).isEqualTo(302);
    }

    @Test
    void passwordResetMailSetsANewPasswordAndTheOldOneStopsWorking() {
        WebClient browser = server.newClient();
        String email = newAddress();
        signUp(browser, email, PASSWORD);
        logOut(browser);

        Page requested = browser.fillIn("/stadt/password/reset/", Map.of("email", email));
        String link = TestMailbox.linkPath(server.mailbox().awaitMail(email, RESET_SUBJECT));
        Page setPassword = browser.submit(browser.get(link), link,
            Map.of("password1", "a brand new secret", "password2", "a brand new secret"));
        logOut(browser);

        assertThat(requested.location()).isEqualTo("/stadt/password/reset/done/");
        assertThat(setPassword.status()).isEqualTo(302);
        assertThat(logIn(browser, email, PASSWORD).status()).isEqualTo(400);
        assertThat(logIn(browser, email, "a brand new secret").status()).isEqualTo(302);
        assertThat(browser.get(link).status()).isEqualTo(404);
    }

    @Test
    void passwordResetForAnUnknownAddressLooksTheSameAndSendsNothing() {
        WebClient browser = server.newClient();

        Page requested = browser.fillIn("/stadt/password/reset/", Map.of("email", "nobody@example.net"));
        String known = newAddress();
        signUp(server.newClient(), known, PASSWORD);
        server.mailbox().awaitMail(known, CONFIRM_SUBJECT);

        assertThat(requested.location()).isEqualTo("/stadt/password/reset/done/");
        assertThat(server.mailbox().all()).noneMatch(mail -> TestMailbox.text(mail).contains("nobody@example.net")
            || recipients(mail).contains("nobody@example.net"));
    }

    @Test
    void passwordResetMailsAreLimitedToThreePerAddressAndHour() {
        WebClient browser = server.newClient();
        String email = newAddress();
        signUp(browser, email, PASSWORD);
        logOut(browser);

        for (int request = 0; request < 3; request++) {
            assertThat(browser.fillIn("/stadt/password/reset/", Map.of("email", email)).status()).isEqualTo(302);
        }
        Page fourth = browser.fillIn("/stadt/password/reset/", Map.of("email", email));

        assertThat(fourth.status()).isEqualTo(400);
        assertThat(fourth.mainText()).contains("Zu viele Mails");
    }

    @Test
    void signupsFromOneClientAddressAreLimitedToFivePerHour() {
        for (int signup = 0; signup < 5; signup++) {
            assertThat(signUp(server.newClient(), newAddress(), PASSWORD).status()).isEqualTo(302);
        }

        Page sixth = signUp(server.newClient(), newAddress(), PASSWORD);

        assertThat(sixth.status()).isEqualTo(400);
        assertThat(sixth.mainText()).contains("Zu viele Registrierungen");
    }

    @Test
    void signupRefusesWeakPasswordsAndMismatchesWithAReason() {
        WebClient browser = server.newClient();

        Page common = signUp(browser, newAddress(), "password");
        Page digits = signUp(browser, newAddress(), "8273648273");
        Page mismatch = browser.fillIn("/stadt/signup/", Map.of("email", newAddress(),
            "password1", PASSWORD, "password2", PASSWORD + "!"));

        assertThat(common.mainText()).contains("häufigsten");
        assertThat(digits.mainText()).contains("nur aus Ziffern");
        assertThat(mismatch.mainText()).contains("stimmen nicht überein");
        assertThat(browser.open("/").mainText()).doesNotContain("Willkommen zurück");
    }

    @Test
    void signupWithTheAddressOfAnAccountWithAPasswordIsRefused() {
        String email = newAddress();
        signUp(server.newClient(), email, PASSWORD);

        Page second = signUp(server.newClient(), email, "another good secret");

        assertThat(second.status()).isEqualTo(400);
        assertThat(second.mainText()).contains("gibt es schon ein Konto");
    }

    @Test
    void signupWithTheAddressOfAnImplicitAccountClaimsIt() {
        String email = newAddress();
        Person implicit = server.server().accounts().implicitAccount(email, Locale.GERMAN);
        WebClient browser = server.newClient();

        Page signup = signUp(browser, email, PASSWORD);

        assertThat(signup.status()).isEqualTo(302);
        assertThat(usernameOf(browser)).isEqualTo(implicit.username());
    }

    @Test
    void privateProfileIsSeenByItsOwnerOnly() {
        WebClient owner = server.newClient();
        signUp(owner, newAddress(), PASSWORD);
        String username = usernameOf(owner);
        WebClient stranger = server.newClient();
        signUp(stranger, newAddress(), PASSWORD);

        Page anonymous = server.newClient().get("/" + username + "/");

        assertThat(owner.get("/" + username + "/").status()).isEqualTo(200);
        assertThat(stranger.get("/" + username + "/").status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).isEqualTo("/stadt/login/?next=%2F" + username + "%2F");
    }

    @Test
    void profileMadePublicInTheSettingsIsSeenByEveryone() {
        WebClient owner = server.newClient();
        signUp(owner, newAddress(), PASSWORD);
        String username = usernameOf(owner);

        Page saved = owner.fillIn("/stadt/settings/", Map.of("first_name", "Anna", "last_name", "Müller",
            "slug", username, "about", "Gärtnerin", "public", "on", "language", ""));
        Page profile = server.newClient().get("/" + username + "/");

        assertThat(saved.location()).isEqualTo("/" + username + "/");
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.mainText()).contains("Anna Müller").contains("Gärtnerin");
    }

    @Test
    void usernameOfAnotherPersonOrAReservedNameIsRefused() {
        WebClient first = server.newClient();
        signUp(first, newAddress(), PASSWORD);
        String taken = usernameOf(first);
        WebClient second = server.newClient();
        signUp(second, newAddress(), PASSWORD);

        Page clash = second.fillIn("/stadt/settings/", Map.of("slug", taken.toUpperCase(Locale.ROOT)));
        Page reserved = second.fillIn("/stadt/settings/", Map.of("slug", "stadt"));

        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.mainText()).contains("vergeben oder reserviert");
        assertThat(reserved.status()).isEqualTo(400);
    }

    @Test
    void deletedAccountCanNoLongerLogInAndItsProfileIsGone() {
        WebClient browser = server.newClient();
        String email = newAddress();
        signUp(browser, email, PASSWORD);
        String username = usernameOf(browser);

        Page deleted = browser.fillIn("/stadt/settings/gestalt/delete/", Map.of());

        assertThat(deleted.location()).isEqualTo("/");
        assertThat(browser.get("/stadt/settings/").status()).isEqualTo(302);
        assertThat(server.newClient().get("/" + username + "/").status()).isEqualTo(404);
        assertThat(logIn(server.newClient(), email, PASSWORD).status()).isEqualTo(400);
    }

    @Test
    void anotherAddressIsAddedConfirmedAndMadePrimary() {
        WebClient browser = server.newClient();
        signUp(browser, newAddress(), PASSWORD);
        String second = newAddress();

        browser.submit(browser.get("/stadt/email/"), "/stadt/email/", Map.of("email", second, "action_add", "1"));
        String link = TestMailbox.linkPath(server.mailbox().awaitMail(second, CONFIRM_SUBJECT));
        browser.submit(browser.get(link), link, Map.of());
        Page primary = browser.post("/stadt/email/", Map.of("csrfmiddlewaretoken", csrfToken(browser),
            "email", second, "action_primary", "1"));

        assertThat(primary.location()).isEqualTo("/stadt/email/");
        assertThat(browser.open("/stadt/email/").document().select("tr").get(0).text())
            .contains(second).contains("Hauptadresse");
    }

    @Test
    void primaryAddressCannotBeRemovedButAnotherCan() {
        WebClient browser = server.newClient();
        String first = newAddress();
        signUp(browser, first, PASSWORD);
        String second = newAddress();
        browser.submit(browser.get("/stadt/email/"), "/stadt/email/", Map.of("email", second, "action_add", "1"));

        Page primary = browser.post("/stadt/email/", Map.of("csrfmiddlewaretoken", csrfToken(browser),
            "email", first, "action_remove", "1"));
        Page other = browser.post("/stadt/email/", Map.of("csrfmiddlewaretoken", csrfToken(browser),
            "email", second, "action_remove", "1"));

        assertThat(primary.status()).isEqualTo(400);
        assertThat(primary.mainText()).contains("Hauptadresse kann nicht entfernt werden");
        assertThat(other.location()).isEqualTo("/stadt/email/");
        assertThat(browser.open("/stadt/email/").document().select("table.addresses").text()).contains(first)
            .doesNotContain(second);
    }

    @Test
    void peopleDirectoryShowsTwelveAPage() {
        for (int person = 0; person < 13; person++) {
            Person created = server.server().accounts().implicitAccount("listed" + person + "@example.org",
                Locale.GERMAN);
            server.server().accounts().updateProfile(created.id(), new ProfileForm("Listed", "Person " + person,
                created.username(), "", true, ""));
        }

        Page first = server.newClient().get("/stadt/gestalten/");
        Page second = server.newClient().get("/stadt/gestalten/?page=2");

        assertThat(first.document().select("ul.people li")).hasSize(12);
        assertThat(first.document().selectFirst("a[rel=next]").attr("href")).isEqualTo("?page=2");
        assertThat(second.document().select("ul.people li")).hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void anonymousVisitorOnASettingsPageLogsInAndReturnsThere() {
        WebClient browser = server.newClient();
        String email = newAddress();
        signUp(browser, email, PASSWORD);
        logOut(browser);

        Page redirect = browser.get("/stadt/settings/notifications/");
        Page loginPage = browser.get(redirect.location());
        Page loggedIn = browser.submit(loginPage, "/stadt/login/", Map.of("login", email, "password", PASSWORD));

        assertThat(redirect.location()).isEqualTo("/stadt/login/?next=%2Fstadt%2Fsettings%2Fnotifications%2F");
        assertThat(loggedIn.location()).isEqualTo("/stadt/settings/notifications/");
    }

    @Test
    void signupReturnsToThePageNamedByNext() {
        WebClient browser = server.newClient();

        Page signup = browser.submit(browser.get("/stadt/signup/?next=/stadt/groups"), "/stadt/signup/",
            Map.of("email", newAddress(), "password1", PASSWORD, "password2", PASSWORD));

        assertThat(signup.location()).isEqualTo("/stadt/groups");
    }

    @Test
    void loginNeverRedirectsToAnotherSite() {
        WebClient browser = server.newClient();
        String email = newAddress();
        signUp(browser, email, PASSWORD);
        logOut(browser);

        Page loggedIn = browser.submit(browser.get("/stadt/login/?next=//evil.example/"), "/stadt/login/",
            Map.of("login", email, "password", PASSWORD));

        assertThat(loggedIn.location()).isEqualTo("/");
    }

    @Test
    void notificationSwitchesAreSaved() {
        WebClient browser = server.newClient();
        signUp(browser, newAddress(), PASSWORD);

        browser.fillIn("/stadt/settings/notifications/", Map.of("receives_builtin_inbox_notifications", "on"));
        Page form = browser.open("/stadt/settings/notifications/");

        assertThat(form.document().selectFirst("#id_inbox").hasAttr("checked")).isTrue();
        assertThat(form.document().selectFirst("#id_email").hasAttr("checked")).isFalse();
        assertThat(form.document().selectFirst("#id_matrix").hasAttr("checked")).isFalse();
    }

    @Test
    void passwordChangeNeedsTheCurrentPassword() {
        WebClient browser = server.newClient();
        String email = newAddress();
        signUp(browser, email, PASSWORD);

        Page wrongOld = browser.fillIn("/stadt/settings/password/", Map.of("oldpassword", "wrong",
            "password1", "my next secret", "password2", "my next secret"));
        Page changed = browser.fillIn("/stadt/settings/password/", Map.of("oldpassword", PASSWORD,
            "password1", "my next secret", "password2", "my next secret"));
        logOut(browser);

        assertThat(wrongOld.status()).isEqualTo(400);
        assertThat(changed.status()).isEqualTo(302);
        assertThat(logIn(browser, email, "my next secret").status()).isEqualTo(302);
    }

    private static String recipients(MimeMessage mail) {
        try {
            return Arrays.toString(mail.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
