package org.grouprise.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grouprise.server.testsupport.AccountSteps.PASSWORD;
import static org.grouprise.server.testsupport.AccountSteps.csrfToken;
import static org.grouprise.server.testsupport.AccountSteps.logOut;
import static org.grouprise.server.testsupport.AccountSteps.newAddress;

import org.grouprise.server.config.TransportSecurity;
import org.grouprise.server.testsupport.AccountSteps;
import org.grouprise.server.testsupport.RunningServer;
import org.grouprise.server.testsupport.TestServer;
import org.grouprise.server.testsupport.WebClient;
import org.grouprise.server.testsupport.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Sessions, CSRF, headers, error pages and languages, over HTTP against the real server. */
class WebCoreTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.start();

    @Test
    void forgedPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        WebClient browser = loggedInPerson();

        Page forged = browser.post("/stadt/settings/", Map.of("first_name", "Mallory", "slug", "mallory"));
        Page foreignToken = browser.post("/stadt/settings/", Map.of("first_name", "Mallory", "slug", "mallory",
            "csrfmiddlewaretoken", csrfToken(server.newClient())));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(foreignToken.status()).isEqualTo(403);
        assertThat(browser.get("/stadt/settings/").document().selectFirst("#id_first_name").attr("value")).isEmpty();
    }

    @Test
    void postWithTheSessionsTokenIsAccepted() {
        WebClient browser = loggedInPerson();
        String username = browser.get("/stadt/settings/").document().selectFirst("#id_slug").attr("value");

        Page saved = browser.fillIn("/stadt/settings/", Map.of("first_name", "Rosa", "slug", username));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(browser.get("/stadt/settings/").document().selectFirst("#id_first_name").attr("value"))
            .isEqualTo("Rosa");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        WebClient browser = server.newClient();

        for (Page page : new Page[] {browser.get("/"), browser.get("/no/such/page/"), browser.get("/stadt/health")}) {
            assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).startsWith("default-src 'self'"));
            assertThat(page.header("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.header("X-Frame-Options")).hasValue("DENY");
            assertThat(page.header("Referrer-Policy")).hasValue("same-origin");
            assertThat(page.header("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndLaxButNotSecureWithoutTransportSecurity() {
        Page loginPage = server.newClient().get("/stadt/login/");

        String cookie = loginPage.header("Set-Cookie").orElseThrow();

        assertThat(cookie).startsWith("grouprise_session=").contains("HttpOnly").contains("SameSite=Lax")
            .doesNotContain("Secure");
    }

    @Test
    void behindATlsProxyCookiesAreSecureAndHstsIsSent(@TempDir Path otherFolder) {
        try (TestServer proxied = TestServer.start(otherFolder, server.mailbox().port(),
                builder -> builder.transportSecurity(TransportSecurity.REVERSE_PROXY).tasksEnabled(false))) {
            Page loginPage = proxied.newClient().get("/stadt/login/");

            assertThat(loginPage.header("Set-Cookie").orElseThrow()).startsWith("__Host-grouprise_session=")
                .contains("Secure").contains("HttpOnly");
            assertThat(loginPage.header("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
        }
    }

    @Test
    void sessionIdentifierChangesAtLogin() {
        WebClient browser = server.newClient();
        String email = newAddress();
        signUp(browser, email);
        logOut(browser);
        Page loginPage = browser.get("/stadt/login/");
        String before = browser.cookie("grouprise_session").orElseThrow();

        browser.submit(loginPage, "/stadt/login/", Map.of("login", email, "password", PASSWORD));

        assertThat(browser.cookie("grouprise_session")).isPresent().get().isNotEqualTo(before);
        assertThat(browser.get("/stadt/settings/").status()).isEqualTo(200);
    }

    @Test
    void aSessionCookieReplayedAfterLogoutIsWorthless() {
        WebClient browser = loggedInPerson();
        String cookie = browser.cookie("grouprise_session").orElseThrow();
        logOut(browser);

        HttpResponse<String> replay = rawGet("/stadt/settings/", "grouprise_session=" + cookie);

        assertThat(replay.statusCode()).isEqualTo(302);
    }

    @Test
    void sessionsSurviveARestartOfTheServer() {
        WebClient browser = loggedInPerson();

        server.restart();

        assertThat(browser.get("/stadt/settings/").status()).isEqualTo(200);
    }

    @Test
    void formLargerThanTheLimitIsRefusedWith400() {
        String huge = "about=" + "x".repeat(2 * 1024 * 1024);

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/stadt/login/"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(huge)).build());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void unknownPageIsA404InTheSiteLayout() {
        Page missing = server.newClient().get("/stadt/nothing-here/");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.document().selectFirst("header .brand")).isNotNull();
        assertThat(missing.mainText()).contains("Nicht gefunden").doesNotContain("Exception");
    }

    @Test
    void unsupportedMethodIsA405NamingTheAllowedOnes() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/stadt/login/"))
            .method("PUT", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST");
    }

    @Test
    void pageLanguageFollowsTheBrowserUnlessThePersonChoseOne() {
        WebClient english = server.newClient().acceptLanguage("en-GB,en;q=0.8");
        WebClient german = server.newClient().acceptLanguage("de-DE,de;q=0.9,en;q=0.5");
        WebClient chooser = loggedInPerson().acceptLanguage("de");
        String username = chooser.get("/stadt/settings/").document().selectFirst("#id_slug").attr("value");
        chooser.fillIn("/stadt/settings/", Map.of("slug", username, "language", "en"));

        assertThat(english.get("/stadt/login/").document().selectFirst("h1").text()).isEqualTo("Log in");
        assertThat(german.get("/stadt/login/").document().selectFirst("h1").text()).isEqualTo("Anmelden");
        assertThat(chooser.get("/stadt/settings/").document().selectFirst("h1").text()).isEqualTo("Settings");
    }

    @Test
    void staticAssetsHaveHashedNamesAndAreCachedForAYear() {
        Page index = server.newClient().get("/");
        String stylesheet = index.document().selectFirst("link[rel=stylesheet]").attr("href");

        HttpResponse<String> css = send(HttpRequest.newBuilder(uri(stylesheet)).header("Accept-Encoding", "gzip")
            .build());

        assertThat(stylesheet).matches("/static/style\\.[0-9a-f]{8}\\.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void healthReportsDatabaseAndTasksAsUp() {
        Page health = server.newClient().get("/stadt/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"up\",\"database\":\"up\",\"tasks\":\"up\"}");
    }

    private WebClient loggedInPerson() {
        WebClient browser = server.newClient();
        signUp(browser, newAddress());
        return browser;
    }

    /** Signs up outside the previous sign-up's rate-limit window. */
    private static void signUp(WebClient browser, String email) {
        server.clock().advance(Duration.ofMinutes(15));
        assertThat(AccountSteps.signUp(browser, email, PASSWORD).status()).as("signup of %s", email).isEqualTo(302);
    }

    private static URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private static HttpResponse<String> rawGet(String path, String cookie) {
        return send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
