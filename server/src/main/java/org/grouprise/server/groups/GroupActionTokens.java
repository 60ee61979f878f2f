package org.grouprise.server.groups;

import org.grouprise.server.db.Database;
import org.grouprise.server.db.Transactions;
import org.grouprise.server.security.SecureTokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Single-use links in mails that act on a group for one person (join, resign, subscribe,
 * unsubscribe): only their SHA-256 hashes are stored, and they expire after {@link #LIFETIME}.
 */
public final class GroupActionTokens {
    /** How long a mailed link works: long enough for a weekend away from the mailbox. */
    public static final Duration LIFETIME = Duration.ofDays(3);

    private final GroupActionTokenMapper mapper;
    private final Transactions transactions;
    private final SecureTokens tokens;
    private final Clock clock;

    public GroupActionTokens(Database database, SecureTokens tokens, Clock clock) {
        this.mapper = database.mapper(GroupActionTokenMapper.class);
        this.transactions = database.transactions();
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The mapper the composition root registers with the database. */
    public static List<Class<?>> mappers() {
        return List.of(GroupActionTokenMapper.class);
    }

    /** A new token for the action, stored in the caller's transaction; answers the token for the link. */
    public String issue(String purpose, long groupId, long personId) {
        String token = tokens.newToken();
        Instant now = clock.instant();
        transactions.run(() -> mapper.insert(new GroupActionToken(SecureTokens.sha256Hex(token), purpose, groupId,
            personId, now, now.plus(LIFETIME))));
        return token;
    }

    /** The action a token stands for while it is unused and unexpired, without using it up. */
    public Optional<GroupActionToken> find(String token, String purpose) {
        return mapper.find(SecureTokens.sha256Hex(token), purpose, clock.instant());
    }

    /**
     * Uses the token up in the caller's transaction and answers its action; empty when it was used,
     * expired or never issued. Of two concurrent uses only one deletes the row, so only one acts.
     */
    public Optional<GroupActionToken> redeem(String token, String purpose) {
        return transactions.inTransaction(() -> find(token, purpose)
            .filter(found -> mapper.delete(found.tokenHash()) == 1));
    }

    /**
     * Redeems the link and, in the same transaction, does what it stands for; empty (and nothing
     * done) when the link is no longer valid, so that two uses of one link cannot both act.
     */
    public Optional<GroupActionToken> redeem(String token, String purpose, Consumer<GroupActionToken> action) {
        return transactions.inTransaction(() -> {
            Optional<GroupActionToken> used = redeem(token, purpose);
            used.ifPresent(action);
            return used;
        });
    }

    /** Deletes expired tokens; the housekeeping task calls it. */
    public int deleteExpired() {
        return mapper.deleteExpired(clock.instant());
    }
}
