package org.grouprise.server.config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds and reads the configuration in grouprise's layout: the file or folder named by
 * {@code GROUPRISE_CONFIG}, else {@code ./grouprise.yaml}, {@code ./grouprise.conf.d/},
 * {@code /etc/grouprise/conf.d/}. Folders are read in alphabetical order; a later file replaces
 * the top-level keys of an earlier one.
 */
public final class ConfigLoader {
    public static final String ENVIRONMENT_VARIABLE = "GROUPRISE_CONFIG";
    /** Hidden files (editor and AppleDouble leftovers such as {@code ._site.yaml}) are not configuration. */
    private static final String CONFIG_FILE_NAME = "[A-Za-z0-9_-][A-Za-z0-9._-]*\\.ya?ml";
    /** The folder a real installation keeps its configuration in when nothing else is found. */
    public static final Path SYSTEM_DIRECTORY = Path.of("/etc/grouprise/conf.d");

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path systemDirectory;

    public ConfigLoader(Map<String, String> environment, Path workingDirectory, Path systemDirectory) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.systemDirectory = systemDirectory;
    }

    /** A loader for a real installation: the process environment, the working directory and /etc. */
    public static ConfigLoader forProcess() {
        return new ConfigLoader(System.getenv(), Path.of("").toAbsolutePath(), SYSTEM_DIRECTORY);
    }

    public LoadedConfig load() {
        List<Path> files = locateFiles();
        Map<String, ConfigValue> merged = new LinkedHashMap<>();
        files.forEach(file -> merged.putAll(YamlFiles.read(file)));

        boolean embeddedDefault = files.isEmpty();
        ConfigSection root = new ConfigSection("", merged);
        Settings settings = new SettingsReader(root, embeddedDefault, workingDirectory, lastFile(files)).read();
        List<String> warnings = new ArrayList<>();
        root.reportUnknown(warnings::add);

        Map<String, Path> sources = new LinkedHashMap<>();
        merged.forEach((key, value) -> sources.put(key, value.file()));
        return new LoadedConfig(settings, List.copyOf(files), sources, List.copyOf(warnings), embeddedDefault);
    }

    private List<Path> locateFiles() {
        String named = environment.get(ENVIRONMENT_VARIABLE);
        if (named != null && !named.isBlank()) {
            Path path = workingDirectory.resolve(named);
            if (!Files.exists(path)) {
                throw new ConfigException(ENVIRONMENT_VARIABLE + "=" + named + ": no such file or folder");
            }
            return filesAt(path);
        }
        for (Path candidate : List.of(workingDirectory.resolve("grouprise.yaml"),
                workingDirectory.resolve("grouprise.conf.d"), systemDirectory)) {
            if (Files.exists(candidate)) {
                return filesAt(candidate);
            }
        }
        return List.of();
    }

    private static List<Path> filesAt(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> entries = Files.walk(path)) {
            return entries.filter(Files::isRegularFile)
                .filter(file -> file.getFileName().toString().matches(CONFIG_FILE_NAME))
                .sorted()
                .toList();
        } catch (IOException e) {
            throw new ConfigException(path + ": cannot list the configuration folder: " + e.getMessage(), e);
        }
    }

    private Path lastFile(List<Path> files) {
        return files.isEmpty() ? workingDirectory.resolve("grouprise.yaml") : files.get(files.size() - 1);
    }

    /** Turns the merged key tree into settings, one key at a time. */
    private static final class SettingsReader {
        private final ConfigSection root;
        private final boolean embeddedDefault;
        private final Path workingDirectory;
        private final Path lastFile;
        private final SettingsBuilder builder = Settings.builder();

        SettingsReader(ConfigSection root, boolean embeddedDefault, Path workingDirectory, Path lastFile) {
            this.root = root;
            this.embeddedDefault = embeddedDefault;
            this.workingDirectory = workingDirectory;
            this.lastFile = lastFile;
        }

        Settings read() {
            Path dataPath = workingDirectory.resolve(root.string("data_path", "data")).normalize();
            builder.dataPath(dataPath);
            builder.domain(root.string("domain", "localhost"));
            builder.transportSecurity(root.choice("transport_security",
                embeddedDefault ? TransportSecurity.DISABLED : TransportSecurity.REVERSE_PROXY,
                choices(TransportSecurity.values(), TransportSecurity::configValue)));
            builder.secretKey(secretKey(dataPath));
            root.section("database").ifPresent(section -> builder.database(database(section, dataPath)));
            root.section("email_submission").ifPresent(section -> builder.emailSubmission(emailSubmission(section)));
            root.optionalString("default_from_email").ifPresent(builder::defaultFromEmail);
            root.optionalString("default_distinct_from_email").ifPresent(builder::defaultDistinctFromEmail);
            root.optionalString("default_reply_to_email").ifPresent(builder::defaultReplyToEmail);
            root.optionalString("postmaster_email").ifPresent(builder::postmasterEmail);
            builder.language(language());
            builder.timeZone(timeZone());
            builder.sessionCookieAge(Duration.ofSeconds(root.integer("session_cookie_age", 1_209_600, 60,
                Integer.MAX_VALUE)));
            builder.extraSlugBlacklist(root.stringList("entity_slug_blacklist"));
            builder.uploadMaxFileSizeBytes(root.integer("upload_max_file_size", 10, 1, 10_240) * 1024L * 1024L);
            readListeners();
            readServices();
            root.optionalString("site_url").ifPresent(url -> builder.siteUrl(siteUrl(url)));
            return builder.build();
        }

        private String secretKey(Path dataPath) {
            Optional<ConfigValue> value = root.valueOf("secret_key");
            if (value.isPresent()) {
                String key = String.valueOf(value.get().raw());
                if (key.length() < 16) {
                    throw new ConfigException(value.get().where() + ": secret_key: too short (" + key.length()
                        + " characters); expected at least 16 random characters");
                }
                return key;
            }
            if (!embeddedDefault) {
                throw root.missing("secret_key", lastFile, "at least 16 random characters");
            }
            return GeneratedSecretKey.readOrCreate(dataPath);
        }

        private DatabaseSettings database(ConfigSection section, Path dataPath) {
            DatabaseSettings.Engine engine = section.choice("engine", DatabaseSettings.Engine.SQLITE,
                choices(DatabaseSettings.Engine.values(), DatabaseSettings.Engine::configValue));
            if (engine == DatabaseSettings.Engine.SQLITE) {
                Path file = dataPath.resolve(section.string("name", "grouprise.sqlite3"));
                return DatabaseSettings.sqlite(file);
            }
            return DatabaseSettings.postgresql(section.string("host", "localhost"),
                section.integer("port", 5432, 1, 65_535), section.string("name", "grouprise"),
                section.string("user", "grouprise"), section.string("password", ""));
        }

        private EmailSubmission emailSubmission(ConfigSection section) {
            SmtpEncryption encryption = section.choice("encryption", SmtpEncryption.NONE,
                choices(SmtpEncryption.values(), SmtpEncryption::configValue));
            section.optionalString("backend").filter(backend -> !backend.equals("smtp")).ifPresent(backend -> {
                throw section.invalid("backend", section.valueOf("backend").orElseThrow(), "smtp");
            });
            return new EmailSubmission(section.string("host", "localhost"),
                section.integer("port", encryption.defaultPort(), 1, 65_535),
                section.string("user", ""), section.string("password", ""), encryption);
        }

        private Locale language() {
            Map<String, Locale> languages = new LinkedHashMap<>();
            for (String code : List.of("de", "de-de", "de-at", "de-ch", "en", "en-us", "en-gb")) {
                languages.put(code, Locale.forLanguageTag(code.substring(0, 2)));
            }
            return root.choice("language_code", Locale.GERMAN, languages);
        }

        private ZoneId timeZone() {
            Optional<ConfigValue> value = root.valueOf("time_zone");
            if (value.isEmpty()) {
                return ZoneId.of("Europe/Berlin");
            }
            try {
                return ZoneId.of(String.valueOf(value.get().raw()));
            } catch (DateTimeException e) {
                throw root.invalid("time_zone", value.get(), "a time zone name such as Europe/Berlin");
            }
        }

        private void readListeners() {
            builder.http(listener(root.section("http"), 8080, true));
            builder.lmtp(listener(root.section("lmtp"), 8024, true));
            Optional<ConfigSection> adminApi = root.section("admin_api");
            builder.adminApi(listener(adminApi, 8443, true));
            adminApi.flatMap(this::certificateFiles).ifPresent(builder::adminApiCertificate);
        }

        private Optional<CertificateFiles> certificateFiles(ConfigSection section) {
            Optional<String> certificate = section.optionalString("certificate");
            Optional<String> privateKey = section.optionalString("private_key");
            if (certificate.isEmpty() && privateKey.isEmpty()) {
                return Optional.empty();
            }
            if (certificate.isEmpty() || privateKey.isEmpty()) {
                String missing = certificate.isEmpty() ? "certificate" : "private_key";
                throw section.missing(missing, lastFile,
                    "a PEM file path; admin_api.certificate and admin_api.private_key go together");
            }
            return Optional.of(new CertificateFiles(workingDirectory.resolve(certificate.get()).normalize(),
                workingDirectory.resolve(privateKey.get()).normalize()));
        }

        private Listener listener(Optional<ConfigSection> section, int defaultPort, boolean enabledByDefault) {
            if (section.isEmpty()) {
                return new Listener(enabledByDefault, "127.0.0.1", defaultPort);
            }
            return new Listener(section.get().bool("enabled", enabledByDefault),
                section.get().string("host", "127.0.0.1"), section.get().integer("port", defaultPort, 0, 65_535));
        }

        private void readServices() {
            root.section("tasks").ifPresent(section -> builder.tasksEnabled(section.bool("enabled", true)));
            builder.captcha(root.bool("captcha", true));
            root.section("initial_admin").ifPresent(section ->
                builder.initialAdminUsername(section.string("username", "admin")));
            builder.mailinglistEnabled(root.bool("mailinglist_enabled", false));
            if (root.has("operator_group_id")) {
                builder.operatorGroupId(root.integer("operator_group_id", 0, 1, Integer.MAX_VALUE));
            }
            if (root.has("unknown_gestalt_id")) {
                builder.unknownGestaltId(root.integer("unknown_gestalt_id", 0, 1, Integer.MAX_VALUE));
            }
            root.section("mail_outbox").ifPresent(section -> builder.mailOutbox(new MailOutboxSettings(
                section.integer("batch_size", 100, 1, 10_000),
                section.integer("max_attempts", 8, 1, 100),
                Duration.ofSeconds(section.integer("first_retry_delay", 60, 1, 86_400)),
                Duration.ofSeconds(section.integer("poll_interval", 10, 1, 3_600)))));
        }

        private URI siteUrl(String url) {
            ConfigValue value = root.valueOf("site_url").orElseThrow();
            try {
                URI uri = URI.create(url);
                if (uri.getScheme() != null && uri.getScheme().matches("https?") && uri.getHost() != null) {
                    return uri;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw root.invalid("site_url", value, "an absolute http or https URL such as https://example.org/");
        }

        private static <E> Map<String, E> choices(E[] values, java.util.function.Function<E, String> name) {
            Map<String, E> result = new LinkedHashMap<>();
            for (E value : values) {
                result.put(name.apply(value), value);
            }
            return result;
        }
    }
}
