package org.grouprise.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.PASSWORD;
import static org.grouprise.server.testsupport.AccountSteps.newAddress;

import org.grouprise.server.testsupport.Browser;
import org.grouprise.server.testsupport.RunningServer;
import org.grouprise.server.testsupport.TestMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Rectangle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The account pages in a real headless Chromium: what a person sees and clicks, without JavaScript. */
class AccountBrowserTest {
    private static final String SESSION_COOKIE = "grouprise_session";
    private static final String CONFIRM_SUBJECT = "Bestätige deine E-Mail-Adresse";
    private static final By MENU = By.cssSelector("header nav");
    private static final By MENU_LOGOUT = By.cssSelector("header nav form[action='/stadt/logout/'] button");
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    @RegisterExtension
    static final RunningServer server = RunningServer.start();
    private Browser browser;

    @RegisterExtension
    final TestExecutionExceptionHandler screenshots = Browser.screenshotOnFailure(() -> Optional.ofNullable(browser));

    /**
     * A fresh browser for each test, outside the sign-up rate limit's window of the tests before; the
     * test is skipped where Chromium is not installed.
     */
    @BeforeEach
    void openBrowser() {
        server.clock().advance(Duration.ofHours(2));
        browser = Browser.start(server.baseUrl());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void signupLogsInAndTheMailedLinkConfirmsTheAddressWithTheButton() {
        String email = newAddress();

        signUp(email);
        String startPage = browser.text(By.tagName("main"));
        String menu = browser.text(MENU);
        Cookie session = browser.cookie(SESSION_COOKIE).orElseThrow();
        browser.open(TestMailbox.linkPath(server.mailbox().awaitMail(email, CONFIRM_SUBJECT)));
        String question = browser.text(By.tagName("main"));
        browser.clickAndWait(SUBMIT);

        assertThat(startPage).contains("Wir haben dir eine E-Mail geschickt").contains("Willkommen zurück");
        assertThat(menu).contains("Einstellungen", "Abmelden").doesNotContain("Registrieren");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getExpiry()).as("a session cookie ends with the browser").isNull();
        assertThat(question).contains("Bestätige, dass " + email + " deine E-Mail-Adresse ist.");
        assertThat(browser.path()).isEqualTo("/stadt/email/");
        assertThat(browser.text(By.tagName("main"))).contains("Die Adresse " + email + " ist bestätigt.");
    }

    @Test
    void logoutButtonEndsTheSessionAndLoginByUsernameReturnsToThePageOfOrigin() {
        signUp(newAddress());
        String username = usernameInMenu();

        browser.clickAndWait(MENU_LOGOUT);
        String menuAfterLogout = browser.text(MENU);
        Optional<Cookie> cookieAfterLogout = browser.cookie(SESSION_COOKIE);
        browser.open("/stadt/settings/");
        String loginPath = browser.path();
        logIn(username, true);

        assertThat(menuAfterLogout).contains("Anmelden", "Registrieren").doesNotContain("Abmelden");
        assertThat(cookieAfterLogout).as("the session cookie after logout").isEmpty();
        assertThat(loginPath).isEqualTo("/stadt/login/?next=%2Fstadt%2Fsettings%2F");
        assertThat(browser.path()).isEqualTo("/stadt/settings/");
        assertThat(browser.text(MENU)).contains("Abmelden");
        Cookie session = browser.cookie(SESSION_COOKIE).orElseThrow();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getExpiry()).as("'stay logged in' keeps the cookie beyond the browser's end")
            .isAfter(Instant.now().plus(Duration.ofDays(1)));
    }

    @Test
    void profileEditedInTheSettingsIsShownOnThePublicProfilePage() {
        signUp(newAddress());
        String username = usernameInMenu();

        browser.open("/stadt/settings/");
        browser.fill("id_first_name", "Jürgen");
        browser.fill("id_about", "Ich gärtnere gern.\nÜber Bäume, Sträucher und Blüten.");
        browser.check("id_public", true);
        browser.clickAndWait(SUBMIT);
        String ownView = browser.text(By.tagName("main"));
        browser.forgetCookies();
        browser.open("/" + username + "/");

        assertThat(ownView).contains("Deine Einstellungen wurden gespeichert.", "Jürgen");
        assertThat(browser.path()).isEqualTo("/" + username + "/");
        assertThat(browser.text(By.tagName("h1"))).contains("Jürgen");
        assertThat(browser.text(By.cssSelector(".about")))
            .isEqualTo("Ich gärtnere gern.\nÜber Bäume, Sträucher und Blüten.");
        assertThat(browser.text(MENU)).contains("Anmelden");
    }

    @Test
    void loginFormFitsAPhoneScreen() {
        browser.emulatePhone(375, 740);

        browser.open("/stadt/login/");
        long viewport = browser.viewportWidth();
        List<Rectangle> controls = List.of(By.id("id_login"), By.id("id_password"), SUBMIT).stream()
            .map(control -> browser.element(control).getRect()).toList();

        assertThat(viewport).as("the viewport meta tag gives a phone-wide layout").isEqualTo(375);
        assertThat(browser.pageWidth()).as("no sideways scrolling").isLessThanOrEqualTo(viewport);
        assertThat(controls).allSatisfy(control -> {
            assertThat(control.getX()).isGreaterThanOrEqualTo(0);
            assertThat(control.getX() + control.getWidth()).isLessThanOrEqualTo((int) viewport);
            assertThat(control.getWidth()).as("wide enough to tap").isGreaterThanOrEqualTo(44);
        });
    }

    private void signUp(String email) {
        browser.open("/stadt/signup/");
        browser.fill("id_email", email);
        browser.fill("id_password1", PASSWORD);
        browser.fill("id_password2", PASSWORD);
        browser.clickAndWait(SUBMIT);
    }

    private void logIn(String login, boolean stayLoggedIn) {
        browser.fill("id_login", login);
        browser.fill("id_password", PASSWORD);
        browser.check("id_remember", stayLoggedIn);
        browser.clickAndWait(SUBMIT);
    }

    /** The username from the menu's link to the person's own profile page, {@code /<username>/}. */
    private String usernameInMenu() {
        String href = browser.element(By.cssSelector("header nav a.profile-link")).getDomAttribute("href");
        return href.substring(1, href.length() - 1);
    }
}
