package org.grouprise.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The validated configuration of one server, with grouprise's keys where they exist.
 *
 * <p>Build it with {@link ConfigLoader} from files, or with {@link #builder()} in tests and tools.
 */
public record Settings(
        String domain,
        String secretKey,
        Path dataPath,
        DatabaseSettings database,
        Optional<EmailSubmission> emailSubmission,
        String defaultFromEmail,
        String defaultDistinctFromEmail,
        String defaultReplyToEmail,
        String postmasterEmail,
        Locale language,
        ZoneId timeZone,
        Duration sessionCookieAge,
        TransportSecurity transportSecurity,
        List<String> entitySlugBlacklist,
        long uploadMaxFileSizeBytes,
        Listener http,
        Listener lmtp,
        Listener adminApi,
        boolean tasksEnabled,
        boolean captcha,
        String initialAdminUsername,
        Optional<Long> unknownGestaltId,
        MailOutboxSettings mailOutbox,
        URI siteUrl,
        boolean mailinglistEnabled,
        Optional<Long> operatorGroupId,
        Optional<CertificateFiles> adminApiCertificate) {

    /** grouprise's reserved slugs; configured ones are added to these. */
    public static final List<String> BUILTIN_SLUG_BLACKLIST = List.of(
        "all", "grouprise", "info", "mail", "noreply", "postmaster", "reply", "stadt", "webmaster", "www",
        "admin", "api", "bounce", "static", "media");

    public Settings {
        entitySlugBlacklist = List.copyOf(entitySlugBlacklist);
    }

    public static SettingsBuilder builder() {
        return new SettingsBuilder();
    }

    /** A builder holding these settings, to change a few of them. */
    public SettingsBuilder toBuilder() {
        return new SettingsBuilder(this);
    }

    /** Where uploaded and generated media files live. */
    public Path mediaPath() {
        return dataPath.resolve("media");
    }

    /** An absolute URL on this site for a path that starts with a slash. */
    public String absoluteUrl(String path) {
        String base = siteUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path;
    }
}
