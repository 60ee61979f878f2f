package org.grouprise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import org.grouprise.server.config.ConfigLoader;
import org.grouprise.server.config.DatabaseSettings;
import org.grouprise.server.config.Settings;
import org.grouprise.server.db.Database;
import org.grouprise.server.mail.outbound.MailOutbox;
import org.grouprise.server.mail.outbound.OutgoingMail;
import org.grouprise.server.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

class CommandLineTest {
    /** Longer than a quoted-printable line, so the stored message breaks it; the shown text must not. */
    private static final String LONG_LINK =
        "https://grouprise.test/stadt/confirm/Xk3v9QeLw0pZr7TtYb2NcA5sHm8JdFg1UiOoPlKjHgF4/";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Map<String, String> environment;
    private long queuedId;

    @BeforeEach
    void queueOneMail() throws IOException {
        Path config = folder.resolve("grouprise.yaml");
        Files.writeString(config, configuration(TestDatabases.fresh(folder)));
        environment = Map.of(ConfigLoader.ENVIRONMENT_VARIABLE, config.toString());
        Settings settings = new ConfigLoader(environment, folder, folder.resolve("etc")).load().settings();

        try (Database database = GroupriseServer.openDatabase(settings)) {
            MailOutbox outbox = new MailOutbox(database, settings, Clock.systemUTC(), () -> { });
            queuedId = outbox.enqueue(OutgoingMail.plainText("noreply@grouprise.test", "Stadtteil", "anna@example.net",
                "Bitte bestätige deine Adresse", "Bitte öffne " + LONG_LINK));
        }
    }

    @Test
    void mailOutboxListsQueuedMail() {
        int exit = run("mail-outbox");

        assertThat(exit).isZero();
        assertThat(output()).contains("ID", "STATUS").containsPattern(
            queuedId + "\\s+queued\\s+0\\s+\\S+\\s+anna@example.net\\s+Bitte bestätige deine Adresse");
    }

    @Test
    void mailOutboxShowPrintsTheStoredMessage() {
        int exit = run("mail-outbox", "show", Long.toString(queuedId));

        assertThat(exit).isZero();
        assertThat(output()).contains("To: anna@example.net", "Subject: Bitte bestätige deine Adresse",
            "Bitte öffne " + LONG_LINK);
    }

    @Test
    void mailOutboxShowOfUnknownIdFails() {
        int exit = run("mail-outbox", "show", "999");

        assertThat(exit).isEqualTo(1);
        assertThat(errors()).contains("no mail with id 999");
    }

    @Test
    void mailOutboxRetryRequeuesFailedMail() throws SQLException {
        markFailed(queuedId);

        int exit = run("mail-outbox", "retry", Long.toString(queuedId));

        assertThat(exit).isZero();
        assertThat(output()).contains("Mail " + queuedId + " is queued again");
        run("mail-outbox");
        assertThat(output()).containsPattern(queuedId + "\\s+queued\\s+0");
    }

    @Test
    void mailOutboxRetryOfQueuedMailIsRefused() {
        int exit = run("mail-outbox", "retry", Long.toString(queuedId));

        assertThat(exit).isEqualTo(1);
        assertThat(errors()).contains("is queued, not failed");
    }

    @Test
    void mailOutboxWithBadArgumentsShowsItsUsage() {
        int exit = run("mail-outbox", "show", "abc");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("mail-outbox retry <id>");
    }

    @Test
    void helpListsTheMailOutboxCommand() {
        int exit = run("--help");

        assertThat(exit).isZero();
        assertThat(output()).contains("mail-outbox show <id>");
    }

    @Test
    void serveRefusesAnInvalidSettingWithOneLineNamingFileAndKey() throws IOException {
        Path config = folder.resolve("grouprise.yaml");
        Files.writeString(config, Files.readString(config) + "transport_security: maybe\n");

        int exit = run("serve");

        assertThat(exit).isEqualTo(1);
        assertThat(errors()).startsWith("grouprise cannot start: " + config).contains("transport_security", "'maybe'")
            .hasLineCount(1);
    }

    @Test
    void serveReportsAPortInUseInOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path config = folder.resolve("grouprise.yaml");
            Files.writeString(config, Files.readString(config) + "tasks:\n  enabled: false\n"
                + "lmtp:\n  enabled: false\nhttp:\n  port: " + taken.getLocalPort() + "\n");

            int exit = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("serve"));

            assertThat(exit).isEqualTo(1);
            assertThat(errors()).startsWith("grouprise cannot start: ").contains("BindException");
        }
    }

    private int run(String... args) {
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new CommandLine(outStream, errStream, environment, folder).run(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void markFailed(long id) throws SQLException {
        Settings settings = new ConfigLoader(environment, folder, folder.resolve("etc")).load().settings();
        try (Database database = GroupriseServer.openDatabase(settings);
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE mail_outbox SET status = 'failed', attempts = 8, "
                + "last_error = '550 no such user' WHERE id = " + id);
        }
    }

    private String configuration(DatabaseSettings database) {
        String common = "secret_key: \"a secret key for tests only, long enough\"\n"
            + "domain: grouprise.test\n"
            + "data_path: \"" + folder.resolve("data") + "\"\n";
        if (database.engine() == DatabaseSettings.Engine.SQLITE) {
            return common + "database:\n  engine: sqlite\n  name: \"" + database.name() + "\"\n";
        }
        return common + "database:\n  engine: postgresql\n  host: \"" + database.host() + "\"\n  port: "
            + database.port() + "\n  name: \"" + database.name() + "\"\n  user: \"" + database.user()
            + "\"\n  password: \"" + database.password() + "\"\n";
    }
}
