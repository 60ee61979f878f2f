package org.grouprise.server.web;

import org.grouprise.server.db.Transactions;
import org.grouprise.server.security.SecureTokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Web sessions in the database, so that they survive a restart and work across nodes. The cookie
 * holds a random 256-bit value; the table holds only its hash.
 */
public final class SessionStore {
    /** Sessions of visitors who never logged in are kept for a day, long enough to submit a form. */
    private static final Duration ANONYMOUS_LIFETIME = Duration.ofDays(1);
    private static final String FLASH_SEPARATOR = "\u001e";

    private final SessionMapper mapper;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureTokens tokens = new SecureTokens();

    public SessionStore(SessionMapper mapper, Transactions transactions, Clock clock, Duration lifetime) {
        this.mapper = mapper;
        this.transactions = transactions;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    Optional<WebSession> find(String cookieValue) {
        return mapper.find(hash(cookieValue), clock.instant()).map(SessionStore::toSession);
    }

    /** A new session; the returned cookie value goes to the browser and is not kept here. */
    NewSession create(Optional<Long> personId, Optional<String> language) {
        String cookieValue = randomToken();
        Instant now = clock.instant();
        Duration age = personId.isPresent() ? lifetime : ANONYMOUS_LIFETIME;
        SessionRow row = new SessionRow(hash(cookieValue), personId.orElse(null), randomToken(),
            language.orElse(null), null, now, now.plus(age));
        mapper.insert(row);
        return new NewSession(cookieValue, toSession(row));
    }

    /**
     * Replaces the session by a new one for the person who just logged in, so that an identifier
     * known before the login is worthless after it (no session fixation).
     */
    NewSession rotate(Optional<WebSession> old, long personId) {
        return transactions.inTransaction(() -> {
            old.ifPresent(session -> mapper.delete(session.idHash()));
            NewSession created = create(Optional.of(personId), old.flatMap(WebSession::language));
            old.ifPresent(session -> created.session().flash().addAll(session.flash()));
            return created;
        });
    }

    void delete(WebSession session) {
        mapper.delete(session.idHash());
    }

    /** Ends every session of a person, for example after a password change elsewhere or deletion. */
    public void deleteAllFor(long personId) {
        mapper.deleteForPerson(personId);
    }

    void saveFlash(WebSession session) {
        String joined = session.flash().isEmpty() ? null : String.join(FLASH_SEPARATOR, session.flash());
        mapper.updateFlash(session.idHash(), joined);
    }

    void saveLanguage(WebSession session) {
        mapper.updateLanguage(session.idHash(), session.language().orElse(null));
    }

    /** Pushes the expiry of a logged-in session forward once a day at most, not on every request. */
    void extendIfDue(WebSession session) {
        Instant now = clock.instant();
        if (session.personId().isPresent() && session.expiresAt().isBefore(now.plus(lifetime).minusSeconds(86_400))) {
            mapper.extend(session.idHash(), now.plus(lifetime));
        }
    }

    Duration lifetime() {
        return lifetime;
    }

    /** Deletes expired sessions; a periodic task calls it. */
    public int deleteExpired() {
        return mapper.deleteExpired(clock.instant());
    }

    private static WebSession toSession(SessionRow row) {
        List<String> flash = row.flash() == null ? List.of() : Arrays.asList(row.flash().split(FLASH_SEPARATOR));
        return new WebSession(row.idHash(), row.personId(), row.csrfToken(), row.language(), flash, row.expiresAt());
    }

    private String randomToken() {
        return tokens.newToken(SecureTokens.SESSION_BITS);
    }

    private static String hash(String value) {
        return SecureTokens.sha256Hex(value);
    }

    /** A session just created, with the cookie value for the browser. */
    record NewSession(String cookieValue, WebSession session) {
    }
}
