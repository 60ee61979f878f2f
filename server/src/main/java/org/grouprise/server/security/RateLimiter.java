package org.grouprise.server.security;

import org.grouprise.server.db.Database;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Rate limits held in the database, so that they hold across all nodes of a cluster and across
 * restarts. Two uses:
 *
 * <ul>
 *   <li>counting limits (signups per client, reset mails per address): {@link #allow} records the
 *   event and answers true while fewer than {@code maxEvents} happened within the sliding window;</li>
 *   <li>failure limits (logins): {@link #recordFailure} after each failure; the failure that reaches
 *   {@code maxEvents} within the window blocks the subject for one whole window, during which
 *   {@link #isBlocked} is true and the caller refuses without even checking the password.
 *   {@link #reset} after a success clears the subject. A failure recorded while blocked counts like
 *   any other: whenever the window then holds {@code maxEvents} failures, the block is renewed.</li>
 * </ul>
 *
 * <p>Subjects (account names, e-mail addresses, client IPs) are stored only as an HMAC-SHA256 under
 * a key derived from the instance's secret: the table can be matched against, not read back. They are
 * compared after trimming and lower-casing, so that {@code Ann@Example.org} cannot dodge the limit of
 * {@code ann@example.org}.
 *
 * <p>Concurrency: a flood of parallel requests must not slip through between a count and an insert.
 * Every write runs in one transaction that first serialises on the subject, then counts in SQL:
 * on PostgreSQL a transaction-scoped advisory lock keyed by the subject's hash (row locks cannot
 * help, as the rows to lock may not exist yet, and SERIALIZABLE would make callers retry); on SQLite
 * the pool's {@code BEGIN IMMEDIATE} already admits a single writer per database. The counting
 * insert is still one statement, so that it stays correct should the locking ever be weakened.
 */
public final class RateLimiter {
    private static final String SUBJECT_KEY_PURPOSE = "grouprise rate-limit subjects";

    private final Database database;
    private final Clock clock;
    private final Hmac subjectHmac;

    /** {@code secretKey} is the instance's secret key; a key for subject hashes is derived from it. */
    public RateLimiter(Database database, Clock clock, String secretKey) {
        this.database = database;
        this.clock = clock;
        this.subjectHmac = Hmac.forPurpose(secretKey, SUBJECT_KEY_PURPOSE);
    }

    /** The mapper the composition root registers with {@link Database#open}. */
    public static List<Class<?>> mappers() {
        return List.of(RateLimitMapper.class);
    }

    /** Records one event and answers whether it was within the limit; a refused event is not recorded. */
    public boolean allow(RateLimit limit, String subject) {
        String hash = subjectHash(limit, subject);
        Instant now = clock.instant();
        return database.transactions().inTransaction(() -> {
            mapper().lockSubject(lockKey(hash));
            return mapper().insertEventIfBelow(limit.name(), hash, now, now.minus(limit.window()),
                now.plus(limit.window()), limit.maxEvents()) == 1;
        });
    }

    /** Records a failure; the one that reaches the limit within the window blocks the subject for a window. */
    public void recordFailure(RateLimit limit, String subject) {
        String hash = subjectHash(limit, subject);
        Instant now = clock.instant();
        database.transactions().run(() -> {
            mapper().lockSubject(lockKey(hash));
            mapper().insertEvent(limit.name(), hash, now, now.plus(limit.window()));

            int failures = mapper().countEventsSince(limit.name(), hash, now.minus(limit.window()));
            if (failures >= limit.maxEvents()) {
                mapper().upsertBlock(limit.name(), hash, now.plus(limit.window()));
            }
        });
    }

    /** Whether the subject is blocked under the limit now. */
    public boolean isBlocked(RateLimit limit, String subject) {
        String hash = subjectHash(limit, subject);
        return database.transactions().inTransaction(
            () -> mapper().countBlocksAfter(limit.name(), hash, clock.instant()) > 0);
    }

    /** Forgets the subject's events and block under the limit, for example after a successful login. */
    public void reset(RateLimit limit, String subject) {
        String hash = subjectHash(limit, subject);
        database.transactions().run(() -> {
            mapper().lockSubject(lockKey(hash));
            mapper().deleteEvents(limit.name(), hash);
            mapper().deleteBlock(limit.name(), hash);
        });
    }

    /** Deletes events and blocks that no longer count for any limit; answers how many rows went. */
    public int deleteExpired() {
        Instant now = clock.instant();
        return database.transactions().inTransaction(
            () -> mapper().deleteExpiredEvents(now) + mapper().deleteExpiredBlocks(now));
    }

    /** The stored form of the subject: a keyed hash, apart per limit so that rows of two limits cannot be linked. */
    String subjectHash(RateLimit limit, String subject) {
        return subjectHmac.signHex(limit.name() + '\n' + subject.strip().toLowerCase(Locale.ROOT));
    }

    /** The first 32 bits of the hash: two subjects sharing a lock only wait for each other, briefly. */
    private static int lockKey(String subjectHash) {
        return Integer.parseUnsignedInt(subjectHash.substring(0, 8), 16);
    }

    private RateLimitMapper mapper() {
        return database.mapper(RateLimitMapper.class);
    }
}
