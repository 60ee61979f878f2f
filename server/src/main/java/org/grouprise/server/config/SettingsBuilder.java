package org.grouprise.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Assembles {@link Settings} with grouprise's defaults; derived values (mail addresses, site URL)
 * follow the domain unless set explicitly.
 */
public final class SettingsBuilder {
    private String domain = "localhost";
    private String secretKey = "";
    private Path dataPath = Path.of("data");
    private DatabaseSettings database;
    private EmailSubmission emailSubmission;
    private String defaultFromEmail;
    private String defaultDistinctFromEmail;
    private String defaultReplyToEmail;
    private String postmasterEmail;
    private Locale language = Locale.GERMAN;
    private ZoneId timeZone = ZoneId.of("Europe/Berlin");
    private Duration sessionCookieAge = Duration.ofDays(14);
    private TransportSecurity transportSecurity = TransportSecurity.REVERSE_PROXY;
    private List<String> extraSlugBlacklist = List.of();
    private long uploadMaxFileSizeBytes = 10L * 1024 * 1024;
    private Listener http = new Listener(true, "127.0.0.1", 8080);
    private Listener lmtp = new Listener(true, "127.0.0.1", 8024);
    private Listener adminApi = new Listener(true, "127.0.0.1", 8443);
    private boolean tasksEnabled = true;
    private boolean captcha = true;
    private String initialAdminUsername = "admin";
    private Long unknownGestaltId;
    private MailOutboxSettings mailOutbox =
        new MailOutboxSettings(100, 8, Duration.ofMinutes(1), Duration.ofSeconds(10));
    private URI siteUrl;
    private boolean mailinglistEnabled;
    private Long operatorGroupId;
    private CertificateFiles adminApiCertificate;

    SettingsBuilder() {
    }

    SettingsBuilder(Settings settings) {
        domain = settings.domain();
        secretKey = settings.secretKey();
        dataPath = settings.dataPath();
        database = settings.database();
        emailSubmission = settings.emailSubmission().orElse(null);
        defaultFromEmail = settings.defaultFromEmail();
        defaultDistinctFromEmail = settings.defaultDistinctFromEmail();
        defaultReplyToEmail = settings.defaultReplyToEmail();
        postmasterEmail = settings.postmasterEmail();
        language = settings.language();
        timeZone = settings.timeZone();
        sessionCookieAge = settings.sessionCookieAge();
        transportSecurity = settings.transportSecurity();
        extraSlugBlacklist = settings.entitySlugBlacklist().stream()
            .filter(slug -> !Settings.BUILTIN_SLUG_BLACKLIST.contains(slug)).toList();
        uploadMaxFileSizeBytes = settings.uploadMaxFileSizeBytes();
        http = settings.http();
        lmtp = settings.lmtp();
        adminApi = settings.adminApi();
        tasksEnabled = settings.tasksEnabled();
        captcha = settings.captcha();
        initialAdminUsername = settings.initialAdminUsername();
        unknownGestaltId = settings.unknownGestaltId().orElse(null);
        mailOutbox = settings.mailOutbox();
        siteUrl = settings.siteUrl();
        mailinglistEnabled = settings.mailinglistEnabled();
        operatorGroupId = settings.operatorGroupId().orElse(null);
        adminApiCertificate = settings.adminApiCertificate().orElse(null);
    }

    public SettingsBuilder domain(String value) {
        domain = value;
        return this;
    }

    public SettingsBuilder secretKey(String value) {
        secretKey = value;
        return this;
    }

    public SettingsBuilder dataPath(Path value) {
        dataPath = value;
        return this;
    }

    public SettingsBuilder database(DatabaseSettings value) {
        database = value;
        return this;
    }

    public SettingsBuilder emailSubmission(EmailSubmission value) {
        emailSubmission = value;
        return this;
    }

    public SettingsBuilder defaultFromEmail(String value) {
        defaultFromEmail = value;
        return this;
    }

    public SettingsBuilder defaultDistinctFromEmail(String value) {
        defaultDistinctFromEmail = value;
        return this;
    }

    public SettingsBuilder defaultReplyToEmail(String value) {
        defaultReplyToEmail = value;
        return this;
    }

    public SettingsBuilder postmasterEmail(String value) {
        postmasterEmail = value;
        return this;
    }

    public SettingsBuilder language(Locale value) {
        language = value;
        return this;
    }

    public SettingsBuilder timeZone(ZoneId value) {
        timeZone = value;
        return this;
    }

    public SettingsBuilder sessionCookieAge(Duration value) {
        sessionCookieAge = value;
        return this;
    }

    public SettingsBuilder transportSecurity(TransportSecurity value) {
        transportSecurity = value;
        return this;
    }

    public SettingsBuilder extraSlugBlacklist(List<String> value) {
        extraSlugBlacklist = List.copyOf(value);
        return this;
    }

    public SettingsBuilder uploadMaxFileSizeBytes(long value) {
        uploadMaxFileSizeBytes = value;
        return this;
    }

    public SettingsBuilder http(Listener value) {
        http = value;
        return this;
    }

    public SettingsBuilder lmtp(Listener value) {
        lmtp = value;
        return this;
    }

    public SettingsBuilder adminApi(Listener value) {
        adminApi = value;
        return this;
    }

    public SettingsBuilder tasksEnabled(boolean value) {
        tasksEnabled = value;
        return this;
    }

    public SettingsBuilder captcha(boolean value) {
        captcha = value;
        return this;
    }

    public SettingsBuilder initialAdminUsername(String value) {
        initialAdminUsername = value;
        return this;
    }

    public SettingsBuilder unknownGestaltId(long value) {
        unknownGestaltId = value;
        return this;
    }

    public SettingsBuilder mailOutbox(MailOutboxSettings value) {
        mailOutbox = value;
        return this;
    }

    public SettingsBuilder siteUrl(URI value) {
        siteUrl = value;
        return this;
    }

    public SettingsBuilder mailinglistEnabled(boolean value) {
        mailinglistEnabled = value;
        return this;
    }

    /** The admin API's certificate and key; without them it generates a self-signed one. */
    public SettingsBuilder adminApiCertificate(CertificateFiles value) {
        adminApiCertificate = value;
        return this;
    }

    public SettingsBuilder operatorGroupId(long value) {
        operatorGroupId = value;
        return this;
    }

    public Settings build() {
        List<String> blacklist = new ArrayList<>(Settings.BUILTIN_SLUG_BLACKLIST);
        extraSlugBlacklist.stream().map(slug -> slug.toLowerCase(Locale.ROOT))
            .filter(slug -> !blacklist.contains(slug)).forEach(blacklist::add);
        DatabaseSettings effectiveDatabase = database != null
            ? database : DatabaseSettings.sqlite(dataPath.resolve("grouprise.sqlite3"));
        return new Settings(domain, secretKey, dataPath, effectiveDatabase, Optional.ofNullable(emailSubmission),
            orDefault(defaultFromEmail, "noreply@" + domain),
            orDefault(defaultDistinctFromEmail, "noreply+{slug}@" + domain),
            orDefault(defaultReplyToEmail, "reply+{reply_key}@" + domain),
            orDefault(postmasterEmail, "postmaster@" + domain),
            language, timeZone, sessionCookieAge, transportSecurity, blacklist, uploadMaxFileSizeBytes,
            http, lmtp, adminApi, tasksEnabled, captcha, initialAdminUsername, Optional.ofNullable(unknownGestaltId),
            mailOutbox, siteUrl != null ? siteUrl : defaultSiteUrl(), mailinglistEnabled,
            Optional.ofNullable(operatorGroupId), Optional.ofNullable(adminApiCertificate));
    }

    private URI defaultSiteUrl() {
        if (transportSecurity.isOn()) {
            return URI.create("https://" + domain + "/");
        }
        String port = http.port() == 80 ? "" : ":" + http.port();
        String host = domain.equals("localhost") ? http.host() : domain;
        return URI.create("http://" + host + port + "/");
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
