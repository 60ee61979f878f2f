package org.grouprise.installer;

import org.grouprise.model.EmailAddress;
import org.grouprise.server.config.ConfigException;
import org.grouprise.server.config.ConfigLoader;
import org.grouprise.server.config.DatabaseSettings;
import org.grouprise.server.config.LoadedConfig;
import org.grouprise.server.config.SmtpEncryption;
import org.grouprise.server.config.TransportSecurity;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Asks the questions a new installation needs (domain, admin address, database, outgoing mail, HTTPS) and writes
 * {@code 10-setup.yaml} with a fresh secret key into the configuration folder, then reads the folder back with the
 * server's own loader so that a mistake shows now and not when the service starts.
 */
public final class SetupWizard {
    static final String DEFAULT_FOLDER = "/etc/grouprise/conf.d";
    private static final String DOMAIN = "([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";

    private final Terminal terminal;
    private final Random random;

    SetupWizard(Terminal terminal, Random random) {
        this.terminal = terminal;
        this.random = random;
    }

    /** Usage: {@code SetupWizard [folder] [--owner=USER]}; the folder defaults to /etc/grouprise/conf.d. */
    public static void main(String[] args) {
        Path folder = Path.of(Arrays.stream(args).filter(arg -> !arg.startsWith("--")).findFirst()
            .orElse(DEFAULT_FOLDER));
        Optional<String> owner = Arrays.stream(args).filter(arg -> arg.startsWith("--owner="))
            .map(arg -> arg.substring("--owner=".length())).findFirst();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Terminal terminal = new Terminal(in, out, Optional.ofNullable(System.console()));
        System.exit(new SetupWizard(terminal, new SecureRandom()).run(folder, owner));
    }

    /** Runs the whole dialogue; answers the process exit status. */
    int run(Path folder, Optional<String> owner) {
        try {
            Path target = folder.resolve(SetupFile.FILE_NAME);
            if (Files.exists(target) && !askReplace(target)) {
                terminal.say("Nothing was changed.");
                return 1;
            }
            Map<String, Object> configuration = askConfiguration();

            Path written = SetupFile.write(folder, configuration, owner);
            terminal.say("Wrote " + written + " (readable by its owner only).");
            return check(folder);
        } catch (SetupAbortedException | UncheckedIOException e) {
            terminal.say("Setup stopped: " + e.getMessage());
            return 1;
        }
    }

    Map<String, Object> askConfiguration() {
        terminal.say("grouprise setup: press Enter to take the answer in brackets.");
        Map<String, Object> configuration = new LinkedHashMap<>();
        String domain = terminal.ask("Domain of the site", "", SetupWizard::domain);
        configuration.put("domain", domain);
        configuration.put("secret_key", newSecretKey());
        configuration.put("postmaster_email", terminal.ask("Admin e-mail address (receives error reports)",
            "postmaster@" + domain, answer -> EmailAddress.of(answer).value()));
        configuration.put("data_path", terminal.ask("Data folder (database, uploads)", "/var/lib/grouprise",
            SetupWizard::absolutePath));

        configuration.put("database", askDatabase());
        configuration.put("email_submission", askMailSubmission());
        TransportSecurity transportSecurity = terminal.ask("HTTPS (" + words(TransportSecurity.values(),
            TransportSecurity::configValue) + ")", TransportSecurity.REVERSE_PROXY.configValue(),
            answer -> choice(answer, TransportSecurity.values(), TransportSecurity::configValue, "HTTPS mode"));
        configuration.put("transport_security", transportSecurity.configValue());
        return configuration;
    }

    private boolean askReplace(Path target) {
        return terminal.ask(target + " exists; replace it, with a new secret key? (yes/no)", "no", answer -> {
            String word = answer.toLowerCase(Locale.ROOT);
            if (!word.matches("y|yes|n|no")) {
                throw new IllegalArgumentException("Please answer yes or no, not '" + answer + "'.");
            }
            return word.startsWith("y");
        });
    }

    private Map<String, Object> askDatabase() {
        Map<String, Object> database = new LinkedHashMap<>();
        DatabaseSettings.Engine engine = terminal.ask("Database engine (sqlite, postgresql)",
            DatabaseSettings.Engine.SQLITE.configValue(),
            answer -> choice(answer, DatabaseSettings.Engine.values(), DatabaseSettings.Engine::configValue,
                "database engine"));
        database.put("engine", engine.configValue());
        if (engine == DatabaseSettings.Engine.SQLITE) {
            database.put("name", terminal.ask("SQLite file, inside the data folder", "grouprise.sqlite3",
                SetupWizard::nonEmpty));
            return database;
        }

        database.put("host", terminal.ask("PostgreSQL host", "localhost", SetupWizard::nonEmpty));
        database.put("port", terminal.ask("PostgreSQL port", "5432", SetupWizard::port));
        database.put("name", terminal.ask("PostgreSQL database", "grouprise", SetupWizard::nonEmpty));
        database.put("user", terminal.ask("PostgreSQL user", "grouprise", SetupWizard::nonEmpty));
        database.put("password", terminal.askSecret("PostgreSQL password (empty for peer or trust login)"));
        return database;
    }

    private Map<String, Object> askMailSubmission() {
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("host", terminal.ask("SMTP server for outgoing mail", "localhost", SetupWizard::nonEmpty));
        SmtpEncryption encryption = terminal.ask("SMTP encryption (" + words(SmtpEncryption.values(),
            SmtpEncryption::configValue) + ")", SmtpEncryption.NONE.configValue(),
            answer -> choice(answer, SmtpEncryption.values(), SmtpEncryption::configValue, "SMTP encryption"));
        mail.put("encryption", encryption.configValue());
        mail.put("port", terminal.ask("SMTP port", String.valueOf(encryption.defaultPort()), SetupWizard::port));

        String user = terminal.ask("SMTP user (empty for none)", "", answer -> answer);
        if (!user.isEmpty()) {
            mail.put("user", user);
            mail.put("password", terminal.askSecret("SMTP password"));
        }
        return mail;
    }

    private int check(Path folder) {
        try {
            LoadedConfig loaded = new ConfigLoader(Map.of(ConfigLoader.ENVIRONMENT_VARIABLE, folder.toString()),
                folder, folder).load();
            loaded.warnings().forEach(warning -> terminal.say("Warning: " + warning));
            terminal.say("The server reads " + folder + " without errors. Start it with: systemctl restart grouprise");
            return 0;
        } catch (ConfigException e) {
            terminal.say("The server cannot use " + folder + ": " + e.getMessage());
            return 1;
        }
    }

    private String newSecretKey() {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String domain(String answer) {
        String domain = answer.toLowerCase(Locale.ROOT);
        if (domain.isEmpty() || domain.length() > 253 || !domain.matches(DOMAIN)) {
            throw new IllegalArgumentException("'" + answer + "' is not a domain name; expected something like "
                + "example.org");
        }
        return domain;
    }

    private static String absolutePath(String answer) {
        if (!answer.startsWith("/")) {
            throw new IllegalArgumentException("'" + answer + "' is not an absolute path; expected something like "
                + "/var/lib/grouprise");
        }
        return answer;
    }

    private static int port(String answer) {
        try {
            int port = Integer.parseInt(answer);
            if (port >= 1 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // explained below
        }
        throw new IllegalArgumentException("'" + answer + "' is not a port; expected a whole number from 1 to 65535");
    }

    private static String nonEmpty(String answer) {
        if (answer.isEmpty()) {
            throw new IllegalArgumentException("An answer is needed here.");
        }
        return answer;
    }

    private static <E> E choice(String answer, E[] values, Function<E, String> name, String what) {
        String word = answer.toLowerCase(Locale.ROOT);
        return Arrays.stream(values).filter(value -> name.apply(value).equals(word)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Unknown " + what + " '" + answer + "'; answer "
                + words(values, name) + "."));
    }

    private static <E> String words(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).collect(Collectors.joining(", "));
    }
}
