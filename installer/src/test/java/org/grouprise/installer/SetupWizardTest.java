package org.grouprise.installer;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.server.config.ConfigLoader;
import org.grouprise.server.config.DatabaseSettings;
import org.grouprise.server.config.EmailSubmission;
import org.grouprise.server.config.LoadedConfig;
import org.grouprise.server.config.Settings;
import org.grouprise.server.config.SmtpEncryption;
import org.grouprise.server.config.TransportSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

class SetupWizardTest {
    @TempDir
    Path workDir;

    private final StringWriter transcript = new StringWriter();

    @Test
    void sqliteAnswersBecomeAConfigurationTheServerReadsWithoutWarnings() {
        Path folder = workDir.resolve("conf.d");
        String data = workDir.resolve("data").toString();

        int status = runWizard(folder, "Example.ORG", "admin@example.org", data, "", "", "mail.example.org",
            "starttls", "", "mailer", "mail-secret", "");

        LoadedConfig loaded = load(folder);
        Settings settings = loaded.settings();
        assertThat(status).isZero();
        assertThat(loaded.warnings()).isEmpty();
        assertThat(settings.domain()).isEqualTo("example.org");
        assertThat(settings.postmasterEmail()).isEqualTo("admin@example.org");
        assertThat(settings.secretKey()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(settings.database()).isEqualTo(DatabaseSettings.sqlite(Path.of(data, "grouprise.sqlite3")));
        assertThat(settings.emailSubmission()).contains(
            new EmailSubmission("mail.example.org", 587, "mailer", "mail-secret", SmtpEncryption.STARTTLS));
        assertThat(settings.transportSecurity()).isEqualTo(TransportSecurity.REVERSE_PROXY);
    }

    @Test
    void postgresqlAnswersAreWrittenWithTheirFields() {
        Path folder = workDir.resolve("conf.d");

        runWizard(folder, "example.org", "", "/var/lib/grouprise", "postgresql", "db.internal", "5433", "community",
            "gr", "db-secret", "", "", "", "", "integrated");

        LoadedConfig loaded = load(folder);
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.settings().database())
            .isEqualTo(DatabaseSettings.postgresql("db.internal", 5433, "community", "gr", "db-secret"));
        assertThat(loaded.settings().postmasterEmail()).isEqualTo("postmaster@example.org");
        assertThat(loaded.settings().emailSubmission()).contains(
            new EmailSubmission("localhost", 25, "", "", SmtpEncryption.NONE));
        assertThat(loaded.settings().transportSecurity()).isEqualTo(TransportSecurity.INTEGRATED);
    }

    @Test
    void configurationFileIsReadableByItsOwnerOnly() throws IOException {
        Path folder = workDir.resolve("conf.d");

        runWizard(folder, sqliteDefaults());

        Path file = folder.resolve("10-setup.yaml");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.list(folder)).containsExactly(file);
    }

    @Test
    void eachRunGeneratesADifferentSecretKey() {
        runWizard(workDir.resolve("a"), sqliteDefaults());
        runWizard(workDir.resolve("b"), sqliteDefaults());

        assertThat(load(workDir.resolve("a")).settings().secretKey())
            .isNotEqualTo(load(workDir.resolve("b")).settings().secretKey());
    }

    @Test
    void invalidPortIsExplainedAndAskedAgain() {
        Path folder = workDir.resolve("conf.d");

        runWizard(folder, "example.org", "", "/var/lib/grouprise", "postgresql", "", "70000", "abc", "5432", "", "",
            "pw", "", "", "", "", "");

        assertThat(transcript.toString())
            .contains("'70000' is not a port; expected a whole number from 1 to 65535")
            .contains("'abc' is not a port");
        assertThat(load(folder).settings().database().port()).isEqualTo(5432);
    }

    @Test
    void unknownEngineIsExplainedAndAskedAgain() {
        Path folder = workDir.resolve("conf.d");

        runWizard(folder, "example.org", "", "/var/lib/grouprise", "mysql", "sqlite", "", "", "", "", "", "");

        assertThat(transcript.toString())
            .contains("Unknown database engine 'mysql'; answer sqlite, postgresql.");
        assertThat(load(folder).settings().database().engine()).isEqualTo(DatabaseSettings.Engine.SQLITE);
    }

    @Test
    void invalidDomainAndAddressAreExplainedAndAskedAgain() {
        Path folder = workDir.resolve("conf.d");

        runWizard(folder, "", "exa mple.org", "example.org", "not-an-address", "", "relative/path",
            "/var/lib/grouprise", "", "", "", "", "", "", "");

        assertThat(transcript.toString())
            .contains("'exa mple.org' is not a domain name")
            .contains("not an e-mail address: 'not-an-address'")
            .contains("'relative/path' is not an absolute path");
        assertThat(load(folder).settings().domain()).isEqualTo("example.org");
    }

    @Test
    void existingFileIsKeptUnlessTheAdminSaysYes() throws IOException {
        Path folder = workDir.resolve("conf.d");
        runWizard(folder, sqliteDefaults());
        String first = Files.readString(folder.resolve("10-setup.yaml"));

        int status = runWizard(folder, "no");

        assertThat(status).isEqualTo(1);
        assertThat(Files.readString(folder.resolve("10-setup.yaml"))).isEqualTo(first);
    }

    @Test
    void inputEndingEarlyWritesNothing() {
        Path folder = workDir.resolve("conf.d");

        int status = runWizard(folder, "example.org", "");

        assertThat(status).isEqualTo(1);
        assertThat(transcript.toString()).contains("input ended before the setup was complete");
        assertThat(folder.resolve("10-setup.yaml")).doesNotExist();
    }

    private static String[] sqliteDefaults() {
        return new String[] {"example.org", "", "/var/lib/grouprise", "", "", "", "", "", "", ""};
    }

    private int runWizard(Path folder, String... answers) {
        BufferedReader in = new BufferedReader(new StringReader(String.join("\n", answers) + "\n"));
        Terminal terminal = new Terminal(in, new PrintWriter(transcript, true), Optional.empty());
        return new SetupWizard(terminal, new Random()).run(folder, Optional.empty());
    }

    private LoadedConfig load(Path folder) {
        return new ConfigLoader(Map.of("GROUPRISE_CONFIG", folder.toString()), workDir, Path.of("/nonexistent"))
            .load();
    }
}
