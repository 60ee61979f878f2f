package org.grouprise.server.testsupport;

import org.grouprise.server.testsupport.WebClient.Page;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** What a person does on the account pages, as steps for tests. */
public final class AccountSteps {
    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private AccountSteps() {
    }

    /** An address nobody used before in this test run. */
    public static String newAddress() {
        return "person" + PEOPLE.incrementAndGet() + "@example.org";
    }

    public static Page signUp(WebClient browser, String email, String password) {
        return browser.fillIn("/stadt/signup/", Map.of("email", email, "password1", password, "password2", password));
    }

    public static Page logIn(WebClient browser, String login, String password) {
        return browser.fillIn("/stadt/login/", Map.of("login", login, "password", password));
    }

    public static void logOut(WebClient browser) {
        browser.post("/stadt/logout/", Map.of("csrfmiddlewaretoken", csrfToken(browser)));
    }

    /** The CSRF token of the browser's session, from a page whose form every visitor sees. */
    public static String csrfToken(WebClient browser) {
        return browser.get("/stadt/password/reset/").document().select("input[name=csrfmiddlewaretoken]")
            .attr("value");
    }

    /** The username the settings page shows for the logged-in person. */
    public static String usernameOf(WebClient browser) {
        return browser.get("/stadt/settings/").document().selectFirst("#id_slug").attr("value");
    }
}
