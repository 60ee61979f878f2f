package org.grouprise.server.testsupport;

import org.grouprise.server.GroupriseServer;
import org.grouprise.server.adminapi.AdminCertificate;
import org.grouprise.server.config.EmailSubmission;
import org.grouprise.server.config.Listener;
import org.grouprise.server.config.MailOutboxSettings;
import org.grouprise.server.config.Settings;
import org.grouprise.server.config.SettingsBuilder;
import org.grouprise.server.config.SmtpEncryption;
import org.grouprise.server.config.TransportSecurity;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The real server on an ephemeral port over a fresh database (SQLite or PostgreSQL, see
 * {@link TestDatabases}), with the captcha off and the clock in the test's hand.
 */
public final class TestServer implements ServerAccess, AutoCloseable {
    public static final String ADMIN_PASSWORD = "admin password for tests";

    private final Settings settings;
    private final MutableClock clock;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private GroupriseServer server;

    private TestServer(Settings settings, MutableClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts a server whose outgoing mail goes to an SMTP server on {@code smtpPort}. */
    public static TestServer start(Path folder, int smtpPort, Consumer<SettingsBuilder> customisation) {
        SettingsBuilder builder = Settings.builder()
            .domain("grouprise.test")
            .secretKey("a secret key for tests only, long enough")
            .dataPath(folder.resolve("data"))
            .database(TestDatabases.fresh(folder))
            .transportSecurity(TransportSecurity.DISABLED)
            .http(new Listener(true, "127.0.0.1", 0))
            .lmtp(new Listener(false, "127.0.0.1", 0))
            .adminApi(new Listener(false, "127.0.0.1", 0))
            .captcha(false)
            .emailSubmission(new EmailSubmission("127.0.0.1", smtpPort, "", "", SmtpEncryption.NONE))
            .mailOutbox(new MailOutboxSettings(50, 3, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        customisation.accept(builder);
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
        TestServer testServer = new TestServer(builder.build(), clock);
        testServer.startServer();
        return testServer;
    }

    public static TestServer start(Path folder, int smtpPort) {
        return start(folder, smtpPort, builder -> { });
    }

    private void startServer() {
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        server = GroupriseServer.start(settings, Map.of(GroupriseServer.ADMIN_PASSWORD_VARIABLE, ADMIN_PASSWORD), out,
            clock);
    }

    /** Stops the server and starts it again on the same database, as after a restart. */
    public void restart() {
        server.close();
        startServer();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.webPort();
    }

    /** The LMTP port; start with {@code builder.lmtp(new Listener(true, "127.0.0.1", 0))} to switch it on. */
    public int lmtpPort() {
        return server.lmtpPort();
    }

    /** The admin API port; start with {@code builder.adminApi(new Listener(true, "127.0.0.1", 0))}. */
    public int adminApiPort() {
        return server.adminApiPort();
    }

    /** A client of the admin API that trusts exactly the certificate this server generated. */
    public ApiClient newApiClient() {
        return new ApiClient("https://127.0.0.1:" + adminApiPort(), adminCertificateFile());
    }

    /** An admin API client logged in as the first staff account. */
    public ApiClient newAdminApiClient() {
        return newApiClient().loggedInAs(initialAdmin(), ADMIN_PASSWORD);
    }

    private String initialAdmin() {
        return settings.initialAdminUsername();
    }

    public Path adminCertificateFile() {
        return settings.dataPath().resolve(AdminCertificate.FOLDER).resolve("certificate.pem");
    }

    @Override
    public WebClient newClient() {
        return new WebClient(this::baseUrl);
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public GroupriseServer server() {
        return server;
    }

    /** What the server printed for the operator. */
    public String consoleOutput() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}
