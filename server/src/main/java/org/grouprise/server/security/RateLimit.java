package org.grouprise.server.security;

import java.time.Duration;

/**
 * A named limit: at most {@code maxEvents} per subject within any {@code window}. The name keeps the
 * limits apart in the shared table; it must not change between releases while events are recorded.
 */
public record RateLimit(String name, int maxEvents, Duration window) {
    /** Failed logins per account; the fifth blocks the account's logins for the window. */
    public static final RateLimit LOGIN_PER_ACCOUNT = new RateLimit("login-account", 5, Duration.ofMinutes(15));
    /** Failed logins per client IP; the fifth blocks logins from that address for the window. */
    public static final RateLimit LOGIN_PER_CLIENT = new RateLimit("login-client", 5, Duration.ofMinutes(15));
    /** Signups per client IP. */
    public static final RateLimit SIGNUP_PER_CLIENT = new RateLimit("signup-client", 5, Duration.ofHours(1));
    /** Password-reset mails per e-mail address. */
    public static final RateLimit PASSWORD_RESET_PER_EMAIL =
        new RateLimit("password-reset-email", 3, Duration.ofHours(1));

    public RateLimit {
        if (name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("A rate limit needs a name of 1 to 64 characters, not '" + name + "'");
        }
        if (maxEvents < 1) {
            throw new IllegalArgumentException(
                "Rate limit " + name + " must allow at least one event, not " + maxEvents);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("Rate limit " + name + " needs a positive window, not " + window);
        }
    }
}
