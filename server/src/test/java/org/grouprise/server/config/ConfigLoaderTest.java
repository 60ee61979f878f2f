package org.grouprise.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

class ConfigLoaderTest {
    private static final String SECRET = "secret_key: 0123456789abcdef0123\n";

    @TempDir
    Path work;

    @TempDir
    Path system;

    @Test
    void withoutFilesTheEmbeddedDefaultApplies() {
        LoadedConfig loaded = load(Map.of());

        Settings settings = loaded.settings();
        assertThat(loaded.embeddedDefault()).isTrue();
        assertThat(loaded.files()).isEmpty();
        assertThat(loaded.warnings()).isEmpty();
        assertThat(settings.dataPath()).isEqualTo(work.resolve("data"));
        assertThat(settings.database().engine()).isEqualTo(DatabaseSettings.Engine.SQLITE);
        assertThat(settings.database().name()).isEqualTo(work.resolve("data/grouprise.sqlite3").toString());
        assertThat(settings.transportSecurity()).isEqualTo(TransportSecurity.DISABLED);
        assertThat(settings.siteUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/"));
        assertThat(settings.language()).isEqualTo(Locale.GERMAN);
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(settings.emailSubmission()).isEmpty();
    }

    @Test
    void embeddedDefaultGeneratesOwnerOnlySecretKeyOnce() throws IOException {
        String first = load(Map.of()).settings().secretKey();

        String second = load(Map.of()).settings().secretKey();

        Path keyFile = work.resolve("data/secret_key");
        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second);
        assertThat(Files.readString(keyFile).trim()).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void generatedSecretKeyFileThatIsTooShortIsRefused() throws IOException {
        Files.createDirectories(work.resolve("data"));
        Files.writeString(work.resolve("data/secret_key"), "\n");

        assertThatThrownBy(() -> load(Map.of()))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining(work.resolve("data/secret_key").toString())
            .hasMessageContaining("secret_key");
    }

    @Test
    void environmentVariableNamesFile() throws IOException {
        Path file = write(work.resolve("elsewhere/site.yaml"), SECRET + "domain: example.org\n");

        LoadedConfig loaded = load(Map.of("GROUPRISE_CONFIG", "elsewhere/site.yaml"));

        assertThat(loaded.embeddedDefault()).isFalse();
        assertThat(loaded.files()).containsExactly(file);
        assertThat(loaded.settings().domain()).isEqualTo("example.org");
        assertThat(loaded.settings().transportSecurity()).isEqualTo(TransportSecurity.REVERSE_PROXY);
    }

    @Test
    void folderFilesApplyAlphabeticallyAndLaterTopLevelKeysReplaceEarlierOnes() throws IOException {
        Path folder = work.resolve("conf");
        Path base = write(folder.resolve("10-base.yaml"), SECRET + """
            domain: first.example
            database:
              engine: postgresql
              host: db.example
            """);
        Path local = write(folder.resolve("20-local.yaml"), """
            domain: second.example
            database:
              name: other.sqlite3
            """);
        write(folder.resolve("README.txt"), "domain: ignored.example\n");

        LoadedConfig loaded = load(Map.of("GROUPRISE_CONFIG", folder.toString()));

        assertThat(loaded.files()).containsExactly(base, local);
        assertThat(loaded.settings().domain()).isEqualTo("second.example");
        assertThat(loaded.settings().database())
            .isEqualTo(DatabaseSettings.sqlite(work.resolve("data/other.sqlite3")));
        assertThat(loaded.sources()).containsEntry("secret_key", base)
            .containsEntry("domain", local)
            .containsEntry("database", local);
    }

    @Test
    void folderIsReadRecursivelySkippingHiddenFiles() throws IOException {
        Path folder = work.resolve("conf");
        write(folder.resolve("a/10-secret.yaml"), SECRET);
        write(folder.resolve("b.yml"), "domain: b.example\n");
        write(folder.resolve("._b.yaml"), "domain: [broken\n");

        LoadedConfig loaded = load(Map.of("GROUPRISE_CONFIG", folder.toString()));

        assertThat(loaded.files()).containsExactly(folder.resolve("a/10-secret.yaml"), folder.resolve("b.yml"));
        assertThat(loaded.settings().domain()).isEqualTo("b.example");
    }

    @Test
    void environmentVariableNamingMissingPathIsAnError() {
        assertThatThrownBy(() -> load(Map.of("GROUPRISE_CONFIG", "nowhere/grouprise.yaml")))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("GROUPRISE_CONFIG")
            .hasMessageContaining("nowhere/grouprise.yaml");
    }

    @Test
    void fileInWorkingDirectoryComesBeforeConfDFolderAndSystemFolder() throws IOException {
        Path file = write(work.resolve("grouprise.yaml"), SECRET + "domain: file.example\n");
        write(work.resolve("grouprise.conf.d/site.yaml"), SECRET + "domain: folder.example\n");
        write(system.resolve("site.yaml"), SECRET + "domain: system.example\n");

        LoadedConfig loaded = load(Map.of());

        assertThat(loaded.files()).containsExactly(file);
        assertThat(loaded.settings().domain()).isEqualTo("file.example");
    }

    @Test
    void confDFolderInWorkingDirectoryComesBeforeSystemFolder() throws IOException {
        Path file = write(work.resolve("grouprise.conf.d/site.yaml"), SECRET + "domain: folder.example\n");
        write(system.resolve("site.yaml"), SECRET + "domain: system.example\n");

        LoadedConfig loaded = load(Map.of());

        assertThat(loaded.files()).containsExactly(file);
        assertThat(loaded.settings().domain()).isEqualTo("folder.example");
    }

    @Test
    void systemFolderIsReadWhenNothingElseExists() throws IOException {
        Path file = write(system.resolve("site.yaml"), SECRET + "domain: system.example\n");

        LoadedConfig loaded = load(Map.of());

        assertThat(loaded.files()).containsExactly(file);
        assertThat(loaded.settings().domain()).isEqualTo("system.example");
    }

    @Test
    void environmentVariableComesBeforeFileInWorkingDirectory() throws IOException {
        write(work.resolve("grouprise.yaml"), SECRET + "domain: file.example\n");
        write(work.resolve("named.yaml"), SECRET + "domain: named.example\n");

        LoadedConfig loaded = load(Map.of("GROUPRISE_CONFIG", "named.yaml"));

        assertThat(loaded.settings().domain()).isEqualTo("named.example");
    }

    @Test
    void keysAreCaseInsensitive() throws IOException {
        config(SECRET + """
            Domain: example.org
            DATABASE:
              Engine: PostgreSQL
              HOST: db.example
            Transport_Security: Integrated
            """);

        LoadedConfig loaded = load(Map.of());

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.settings().domain()).isEqualTo("example.org");
        assertThat(loaded.settings().database().engine()).isEqualTo(DatabaseSettings.Engine.POSTGRESQL);
        assertThat(loaded.settings().database().host()).isEqualTo("db.example");
        assertThat(loaded.settings().transportSecurity()).isEqualTo(TransportSecurity.INTEGRATED);
    }

    @Test
    void configFileWithoutSecretKeyIsAnErrorNamingFileKeyAndWhatIsAllowed() throws IOException {
        Path file = config("domain: example.org\n");

        assertThatThrownBy(() -> load(Map.of()))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining(file.toString())
            .hasMessageContaining("secret_key")
            .hasMessageContaining("at least 16")
            .hasMessageNotContaining("\n");
    }

    @Test
    void tooShortSecretKeyIsAnErrorThatDoesNotRepeatTheKey() throws IOException {
        Path file = config("domain: example.org\nsecret_key: hunter2\n");

        assertThatThrownBy(() -> load(Map.of()))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining(file + ":2")
            .hasMessageContaining("secret_key")
            .hasMessageContaining("at least 16")
            .hasMessageNotContaining("hunter2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        http: {port: 70000}                          | http.port                   | 70000      | 0 to 65535
        lmtp: {port: -1}                             | lmtp.port                   | -1         | 0 to 65535
        database: {engine: postgresql, port: 70000}  | database.port               | 70000      | 1 to 65535
        transport_security: maybe                    | transport_security          | maybe      | reverse-proxy
        database: {engine: mysql}                    | database.engine             | mysql      | sqlite, postgresql
        language_code: fr                            | language_code               | fr         | de, de-de
        time_zone: Mars/Base                         | time_zone                   | Mars/Base  | Europe/Berlin
        email_submission: {encryption: tls}          | email_submission.encryption | tls        | none, starttls, ssl
        email_submission: {backend: sendmail}        | email_submission.backend    | sendmail   | smtp
        captcha: perhaps                             | captcha                     | perhaps    | true or false
        site_url: ftp://x                            | site_url                    | ftp://x    | http or https
        site_url: /relative/                         | site_url                    | /relative/ | http or https
        upload_max_file_size: 0                      | upload_max_file_size        | 0          | 1 to 10240
        session_cookie_age: soon                     | session_cookie_age          | soon       | a whole number
        tasks: {enabled: sometimes}                  | tasks.enabled               | sometimes  | true or false
        entity_slug_blacklist: admin                 | entity_slug_blacklist       | admin      | a list of words
        """)
    void invalidValueIsAnErrorNamingFileLineKeyValueAndWhatIsAllowed(String line, String key, String value,
            String allowed) throws IOException {
        Path file = config(SECRET + line + "\n");

        assertThatThrownBy(() -> load(Map.of()))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining(file + ":2")
            .hasMessageContaining(key)
            .hasMessageContaining("'" + value + "'")
            .hasMessageContaining(allowed)
            .hasMessageNotContaining("\n");
    }

    @Test
    void unknownTopLevelKeyIsWarnedWithFileLineAndKey() throws IOException {
        Path file = config(SECRET + "domain: example.org\ncache_storage:\n  backend: filesystem\n");

        LoadedConfig loaded = load(Map.of());

        assertThat(loaded.warnings()).singleElement().asString()
            .contains(file + ":3")
            .contains("'cache_storage'");
    }

    @Test
    void unknownNestedKeyIsWarnedWithFileLineAndDottedKey() throws IOException {
        Path file = config(SECRET + "database:\n  engine: postgresql\n  nmae: grouprise\n");

        LoadedConfig loaded = load(Map.of());

        assertThat(loaded.warnings()).singleElement().asString()
            .contains(file + ":4")
            .contains("'database.nmae'");
    }

    @Test
    void invalidYamlIsAClearError() throws IOException {
        Path file = config(SECRET + "domain: [example.org\n");

        assertThatThrownBy(() -> load(Map.of()))
            .isInstanceOf(ConfigException.class)
            .hasMessageStartingWith(file + ": not valid YAML")
            .hasMessageNotContaining("\n");
    }

    @Test
    void fileThatIsNotAMappingIsAnError() throws IOException {
        Path file = config("- domain: example.org\n");

        assertThatThrownBy(() -> load(Map.of()))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining(file.toString())
            .hasMessageContaining("mapping");
    }

    @Test
    void mailAddressesAndSiteUrlFollowTheDomain() throws IOException {
        config(SECRET + "domain: example.org\n");

        Settings settings = load(Map.of()).settings();

        assertThat(settings.defaultFromEmail()).isEqualTo("noreply@example.org");
        assertThat(settings.defaultDistinctFromEmail()).isEqualTo("noreply+{slug}@example.org");
        assertThat(settings.defaultReplyToEmail()).isEqualTo("reply+{reply_key}@example.org");
        assertThat(settings.postmasterEmail()).isEqualTo("postmaster@example.org");
        assertThat(settings.siteUrl()).isEqualTo(URI.create("https://example.org/"));
    }

    @Test
    void explicitMailAddressesAndSiteUrlWin() throws IOException {
        config(SECRET + """
            domain: example.org
            default_from_email: hello@example.net
            postmaster_email: hostmaster@example.net
            site_url: https://www.example.org/community/
            """);

        Settings settings = load(Map.of()).settings();

        assertThat(settings.defaultFromEmail()).isEqualTo("hello@example.net");
        assertThat(settings.postmasterEmail()).isEqualTo("hostmaster@example.net");
        assertThat(settings.absoluteUrl("/stadt/")).isEqualTo("https://www.example.org/community/stadt/");
    }

    @ParameterizedTest(name = "{0} -> port {1}")
    @CsvSource({
        "none, 25",
        "starttls, 587",
        "ssl, 465",
        "STARTTLS, 587"
    })
    void emailSubmissionPortFollowsEncryption(String encryption, int port) throws IOException {
        config(SECRET + "email_submission:\n  host: smtp.example.org\n  encryption: " + encryption + "\n");

        EmailSubmission submission = load(Map.of()).settings().emailSubmission().orElseThrow();

        assertThat(submission.port()).isEqualTo(port);
        assertThat(submission.host()).isEqualTo("smtp.example.org");
    }

    @Test
    void emailSubmissionExplicitPortAndCredentialsWin() throws IOException {
        config(SECRET + """
            email_submission:
              host: smtp.example.org
              port: 2525
              user: grouprise
              password: s3cret
            """);

        EmailSubmission submission = load(Map.of()).settings().emailSubmission().orElseThrow();

        assertThat(submission).isEqualTo(
            new EmailSubmission("smtp.example.org", 2525, "grouprise", "s3cret", SmtpEncryption.NONE));
    }

    @Test
    void configuredSlugBlacklistAddsToBuiltInOnes() throws IOException {
        config(SECRET + "entity_slug_blacklist: [Verein, stadt]\n");

        Settings settings = load(Map.of()).settings();

        assertThat(settings.entitySlugBlacklist())
            .containsAll(Settings.BUILTIN_SLUG_BLACKLIST)
            .contains("verein")
            .doesNotHaveDuplicates()
            .hasSize(Settings.BUILTIN_SLUG_BLACKLIST.size() + 1);
    }

    @ParameterizedTest(name = "{0} MB")
    @CsvSource({
        ", 10485760",
        "1, 1048576",
        "25, 26214400",
        "10240, 10737418240"
    })
    void uploadMaxFileSizeIsInMegabytes(String megabytes, long bytes) throws IOException {
        config(SECRET + (megabytes == null ? "" : "upload_max_file_size: " + megabytes + "\n"));

        assertThat(load(Map.of()).settings().uploadMaxFileSizeBytes()).isEqualTo(bytes);
    }

    @Test
    void postgresqlDatabaseHasDefaultsForWhatIsLeftOut() throws IOException {
        config(SECRET + "database:\n  engine: postgresql\n  password: pw\n");

        DatabaseSettings database = load(Map.of()).settings().database();

        assertThat(database).isEqualTo(DatabaseSettings.postgresql("localhost", 5432, "grouprise", "grouprise", "pw"));
        assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/grouprise");
    }

    @Test
    void dataPathIsRelativeToWorkingDirectoryAndHoldsSqliteFile() throws IOException {
        config(SECRET + "data_path: state/../var\n");

        Settings settings = load(Map.of()).settings();

        assertThat(settings.dataPath()).isEqualTo(work.resolve("var"));
        assertThat(settings.database().name()).isEqualTo(work.resolve("var/grouprise.sqlite3").toString());
        assertThat(settings.mediaPath()).isEqualTo(work.resolve("var/media"));
    }

    @Test
    void listenersServicesAndOutboxAreConfigurable() throws IOException {
        config(SECRET + """
            http: {host: 0.0.0.0, port: 8000}
            lmtp: {enabled: false}
            admin_api: {port: 0}
            tasks: {enabled: false}
            captcha: false
            initial_admin: {username: root}
            unknown_gestalt_id: 7
            session_cookie_age: 3600
            language_code: en-GB
            time_zone: UTC
            mail_outbox: {batch_size: 5, max_attempts: 3, first_retry_delay: 30, poll_interval: 2}
            """);

        LoadedConfig loaded = load(Map.of());

        Settings settings = loaded.settings();
        assertThat(loaded.warnings()).isEmpty();
        assertThat(settings.http()).isEqualTo(new Listener(true, "0.0.0.0", 8000));
        assertThat(settings.lmtp()).isEqualTo(new Listener(false, "127.0.0.1", 8024));
        assertThat(settings.adminApi()).isEqualTo(new Listener(true, "127.0.0.1", 0));
        assertThat(settings.tasksEnabled()).isFalse();
        assertThat(settings.captcha()).isFalse();
        assertThat(settings.initialAdminUsername()).isEqualTo("root");
        assertThat(settings.unknownGestaltId()).contains(7L);
        assertThat(settings.sessionCookieAge()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.language()).isEqualTo(Locale.ENGLISH);
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(settings.mailOutbox()).isEqualTo(
            new MailOutboxSettings(5, 3, Duration.ofSeconds(30), Duration.ofSeconds(2)));
    }

    @Test
    void adminApiCertificateFilesAreResolvedAgainstTheWorkingDirectory() throws IOException {
        config(SECRET + "admin_api: {certificate: tls/admin.pem, private_key: tls/admin.key}\n");

        LoadedConfig loaded = load(Map.of());

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.settings().adminApiCertificate()).contains(
            new CertificateFiles(work.resolve("tls/admin.pem"), work.resolve("tls/admin.key")));
    }

    @Test
    void adminApiCertificateWithoutKeyIsRefused() throws IOException {
        config(SECRET + "admin_api: {certificate: tls/admin.pem}\n");

        assertThatThrownBy(() -> load(Map.of()))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("admin_api.private_key: missing");
    }

    @Test
    void listenersServicesAndOutboxHaveDefaults() throws IOException {
        config(SECRET);

        Settings settings = load(Map.of()).settings();

        assertThat(settings.http()).isEqualTo(new Listener(true, "127.0.0.1", 8080));
        assertThat(settings.lmtp()).isEqualTo(new Listener(true, "127.0.0.1", 8024));
        assertThat(settings.adminApi()).isEqualTo(new Listener(true, "127.0.0.1", 8443));
        assertThat(settings.tasksEnabled()).isTrue();
        assertThat(settings.captcha()).isTrue();
        assertThat(settings.initialAdminUsername()).isEqualTo("admin");
        assertThat(settings.unknownGestaltId()).isEmpty();
        assertThat(settings.sessionCookieAge()).isEqualTo(Duration.ofDays(14));
        assertThat(settings.mailOutbox()).isEqualTo(
            new MailOutboxSettings(100, 8, Duration.ofMinutes(1), Duration.ofSeconds(10)));
    }

    private LoadedConfig load(Map<String, String> environment) {
        return new ConfigLoader(environment, work, system).load();
    }

    private Path config(String content) throws IOException {
        return write(work.resolve("grouprise.yaml"), content);
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
