package org.grouprise.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.server.db.Database;
import org.grouprise.server.testsupport.MutableClock;
import org.grouprise.server.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

class RateLimiterTest {
    private static final RateLimit LOGIN = RateLimit.LOGIN_PER_ACCOUNT;

    @TempDir
    static Path folder;
    private static Database database;

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(database, clock, "test secret key");

    @BeforeAll
    static void openDatabase() {
        database = Database.open(TestDatabases.fresh(folder), RateLimiter.mappers());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void fifthFailureBlocksSubject() {
        String account = uniqueSubject();

        failTimes(LOGIN, account, 4);
        assertThat(limiter.isBlocked(LOGIN, account)).isFalse();
        limiter.recordFailure(LOGIN, account);

        assertThat(limiter.isBlocked(LOGIN, account)).isTrue();
    }

    @Test
    void blockHoldsForWholeWindowAfterFifthFailure() {
        String account = uniqueSubject();
        failTimes(LOGIN, account, 4);
        clock.advance(Duration.ofMinutes(14));
        limiter.recordFailure(LOGIN, account);

        clock.advance(Duration.ofMinutes(14));

        assertThat(limiter.isBlocked(LOGIN, account)).isTrue();
    }

    @Test
    void blockEndsWhenWindowHasPassed() {
        String account = uniqueSubject();
        failTimes(LOGIN, account, 5);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(limiter.isBlocked(LOGIN, account)).isFalse();
    }

    @Test
    void failuresSpreadBeyondWindowDoNotBlock() {
        String account = uniqueSubject();

        for (int i = 0; i < 10; i++) {
            limiter.recordFailure(LOGIN, account);
            clock.advance(Duration.ofMinutes(4));
        }

        assertThat(limiter.isBlocked(LOGIN, account)).isFalse();
    }

    @Test
    void subjectsAndLimitsAreIndependent() {
        String account = uniqueSubject();
        failTimes(LOGIN, account, 5);

        assertThat(limiter.isBlocked(LOGIN, uniqueSubject())).isFalse();
        assertThat(limiter.isBlocked(RateLimit.LOGIN_PER_CLIENT, account)).isFalse();
    }

    @Test
    void subjectsDifferingInCaseShareLimit() {
        String address = uniqueSubject() + "@example.org";
        failTimes(LOGIN, address, 5);

        assertThat(limiter.isBlocked(LOGIN, " " + address.toUpperCase() + " ")).isTrue();
    }

    @Test
    void resetLiftsBlock() {
        String account = uniqueSubject();
        failTimes(LOGIN, account, 5);

        limiter.reset(LOGIN, account);

        assertThat(limiter.isBlocked(LOGIN, account)).isFalse();
        failTimes(LOGIN, account, 4);
        assertThat(limiter.isBlocked(LOGIN, account)).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1} allowed per window")
    @CsvSource({"signup-client, 5", "password-reset-email, 3"})
    void countingLimitAllowsMaxEventsPerWindow(String name, int allowed) {
        RateLimit limit = name.equals("signup-client") ? RateLimit.SIGNUP_PER_CLIENT
            : RateLimit.PASSWORD_RESET_PER_EMAIL;
        String subject = uniqueSubject();

        List<Boolean> answers = IntStream.range(0, allowed + 2).mapToObj(i -> limiter.allow(limit, subject)).toList();

        assertThat(answers.subList(0, allowed)).containsOnly(true);
        assertThat(answers.subList(allowed, allowed + 2)).containsOnly(false);
    }

    @Test
    void countingLimitSlidesWithTime() {
        String client = uniqueSubject();
        IntStream.range(0, 5).forEach(i -> {
            limiter.allow(RateLimit.SIGNUP_PER_CLIENT, client);
            clock.advance(Duration.ofMinutes(10));
        });
        assertThat(limiter.allow(RateLimit.SIGNUP_PER_CLIENT, client)).isFalse();

        clock.advance(Duration.ofMinutes(11));

        assertThat(limiter.allow(RateLimit.SIGNUP_PER_CLIENT, client)).isTrue();
        assertThat(limiter.allow(RateLimit.SIGNUP_PER_CLIENT, client)).isFalse();
    }

    @Test
    void parallelRequestsDoNotExceedLimit() throws Exception {
        String address = uniqueSubject() + "@example.org";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> calls = new ArrayList<>();
        IntStream.range(0, 40)
            .forEach(i -> calls.add(() -> limiter.allow(RateLimit.PASSWORD_RESET_PER_EMAIL, address)));

        long allowed;
        try {
            allowed = pool.invokeAll(calls).stream().filter(RateLimiterTest::result).count();
        } finally {
            pool.shutdown();
        }

        assertThat(allowed).isEqualTo(3);
    }

    @Test
    void tableHoldsOnlyHashedSubjects() throws SQLException {
        String address = "private.person." + uniqueSubject() + "@example.org";
        String ip = "203.0.113.77";
        limiter.allow(RateLimit.PASSWORD_RESET_PER_EMAIL, address);
        failTimes(RateLimit.LOGIN_PER_CLIENT, ip, 5);

        List<String> stored = storedSubjects();

        assertThat(stored).isNotEmpty().allMatch(value -> value.matches("[0-9a-f]{64}"));
        assertThat(String.join(" ", stored)).doesNotContain(address).doesNotContain(ip).doesNotContain("private");
    }

    @Test
    void deleteExpiredRemovesOnlyRowsPastTheirWindow() {
        String old = uniqueSubject();
        failTimes(LOGIN, old, 5);
        clock.advance(Duration.ofMinutes(16));
        String recent = uniqueSubject();
        failTimes(LOGIN, recent, 5);

        int deleted = limiter.deleteExpired();

        assertThat(deleted).isGreaterThanOrEqualTo(6);
        assertThat(limiter.isBlocked(LOGIN, recent)).isTrue();
        limiter.recordFailure(LOGIN, old);
        assertThat(limiter.isBlocked(LOGIN, old)).isFalse();
    }

    private void failTimes(RateLimit limit, String subject, int times) {
        IntStream.range(0, times).forEach(i -> limiter.recordFailure(limit, subject));
    }

    private static String uniqueSubject() {
        return "subject-" + UUID.randomUUID();
    }

    private static boolean result(Future<Boolean> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException("A parallel rate-limit call failed", e);
        }
    }

    private static List<String> storedSubjects() throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                 "SELECT subject_hash FROM rate_limit_events UNION ALL SELECT subject_hash FROM rate_limit_blocks")) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
