package org.grouprise.server.adminapi;

import org.grouprise.model.SessionResponse;
import org.grouprise.server.accounts.AccountService;
import org.grouprise.server.db.Database;
import org.grouprise.server.db.Transactions;
import org.grouprise.server.security.SecureTokens;
import org.grouprise.server.web.Viewer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Bearer tokens of staff members: random, stored only as their SHA-256 hash, valid until
 * {@link #IDLE_TIMEOUT} passes without a request (each use moves the end), revocable.
 */
final class AdminSessions {
    /** How long a token lives without being used. */
    static final Duration IDLE_TIMEOUT = Duration.ofHours(8);
    /** Uses closer together than this do not write the new end: one write a minute is precise enough. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final AdminTokenMapper mapper;
    private final Transactions transactions;
    private final AccountService accounts;
    private final SecureTokens tokens;
    private final Clock clock;

    AdminSessions(Database database, AccountService accounts, SecureTokens tokens, Clock clock) {
        this.mapper = database.mapper(AdminTokenMapper.class);
        this.transactions = database.transactions();
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token for a person the caller has checked to be staff. */
    SessionResponse open(long personId) {
        String token = tokens.newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(IDLE_TIMEOUT);
        transactions.run(() -> mapper.insert(SecureTokens.sha256Hex(token), personId, now, expiresAt));
        return new SessionResponse(token, expiresAt);
    }

    /**
     * The staff member whose valid token the request carries, the token's life extended.
     *
     * @throws ApiException 401 without a valid token, 403 when its person is no longer staff
     */
    StaffMember authenticate(ApiRequest request) {
        AdminToken token = activeToken(request);
        Viewer viewer = accounts.viewer(token.personId())
            .orElseThrow(() -> ApiException.unauthenticated("The token's account no longer exists"));
        if (!viewer.staff()) {
            throw ApiException.notStaff();
        }
        touch(token);
        return new StaffMember(viewer.id(), viewer.username());
    }

    /** Revokes the request's token, so that it never works again. */
    void revoke(ApiRequest request) {
        AdminToken token = activeToken(request);
        transactions.run(() -> mapper.revoke(token.id(), clock.instant()));
    }

    /** Deletes tokens that expired (or were revoked and then expired) more than a day ago. */
    static int deleteExpired(Database database, Clock clock) {
        AdminTokenMapper mapper = database.mapper(AdminTokenMapper.class);
        return database.transactions().inTransaction(() ->
            mapper.deleteExpired(clock.instant().minus(Duration.ofDays(1))));
    }

    private AdminToken activeToken(ApiRequest request) {
        String presented = request.bearerToken()
            .orElseThrow(() -> ApiException.unauthenticated("Send 'Authorization: Bearer <token>' from POST "
                + "/api/v1/session"));
        Optional<AdminToken> token = mapper.findActive(SecureTokens.sha256Hex(presented), clock.instant());
        return token.orElseThrow(() -> ApiException.unauthenticated("The token is unknown, expired or revoked"));
    }

    private void touch(AdminToken token) {
        Instant now = clock.instant();
        if (Duration.between(token.lastUsedAt(), now).compareTo(TOUCH_INTERVAL) >= 0) {
            transactions.run(() -> mapper.touch(token.id(), now, now.plus(IDLE_TIMEOUT)));
        }
    }
}
