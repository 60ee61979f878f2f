package org.grouprise.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.server.config.Listener;
import org.grouprise.server.config.Settings;
import org.grouprise.server.config.TransportSecurity;
import org.grouprise.server.testsupport.MutableClock;
import org.grouprise.server.testsupport.TestDatabases;
import org.grouprise.server.testsupport.TestServer;
import org.grouprise.server.testsupport.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The first staff account that an empty database gets at start-up. */
class InitialAdminTest {

    @Test
    void generatedAdminPasswordIsPrintedOnceAndLogsIn(@TempDir Path folder) {
        Settings settings = settings(folder);
        ByteArrayOutputStream firstConsole = new ByteArrayOutputStream();
        ByteArrayOutputStream secondConsole = new ByteArrayOutputStream();

        String password;
        try (GroupriseServer server = start(settings, Map.of(), firstConsole)) {
            password = printedPassword(firstConsole);
            WebClient browser = new WebClient(() -> "http://127.0.0.1:" + server.webPort());
            assertThat(browser.fillIn("/stadt/login/", Map.of("login", "admin", "password", password)).status())
                .isEqualTo(302);
            assertThat(server.accounts().viewer(server.accounts().findByUsername("admin").orElseThrow().id())
                .orElseThrow().staff()).isTrue();
        }
        try (GroupriseServer restarted = start(settings, Map.of(), secondConsole)) {
            assertThat(secondConsole.toString(StandardCharsets.UTF_8)).doesNotContain("First staff account");
        }
    }

    @Test
    void adminPasswordFromTheEnvironmentIsUsedAndNotPrinted(@TempDir Path folder) {
        try (TestServer server = TestServer.start(folder, 25, builder -> builder.tasksEnabled(false))) {
            WebClient browser = server.newClient();

            assertThat(server.consoleOutput()).contains("username 'admin'")
                .doesNotContain(TestServer.ADMIN_PASSWORD);
            assertThat(browser.fillIn("/stadt/login/", Map.of("login", "admin", "password",
                TestServer.ADMIN_PASSWORD)).status()).isEqualTo(302);
        }
    }

    @Test
    void adminKeepsTheReservedNameAdminWhenSavingTheProfile(@TempDir Path folder) {
        try (TestServer server = TestServer.start(folder, 25, builder -> builder.tasksEnabled(false))) {
            WebClient browser = server.newClient();
            browser.fillIn("/stadt/login/", Map.of("login", "admin", "password", TestServer.ADMIN_PASSWORD));

            WebClient.Page saved = browser.fillIn("/stadt/settings/", Map.of("slug", "admin", "first_name", "Ada"));

            assertThat(saved.location()).isEqualTo("/admin/");
        }
    }

    private static Settings settings(Path folder) {
        return Settings.builder().secretKey("a secret key for tests only, long enough")
            .dataPath(folder).database(TestDatabases.fresh(folder))
            .transportSecurity(TransportSecurity.DISABLED).http(new Listener(true, "127.0.0.1", 0))
            .tasksEnabled(false).captcha(false).build();
    }

    private static GroupriseServer start(Settings settings, Map<String, String> environment,
            ByteArrayOutputStream console) {
        return GroupriseServer.start(settings, environment, new PrintStream(console, true, StandardCharsets.UTF_8),
            new MutableClock(Instant.parse("2026-12-01T10:00:00Z")));
    }

    private static String printedPassword(ByteArrayOutputStream console) {
        Matcher matcher = Pattern.compile("shown only this once\\): (\\S+)").matcher(
            console.toString(StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("the console shows the generated password").isTrue();
        return matcher.group(1);
    }
}
