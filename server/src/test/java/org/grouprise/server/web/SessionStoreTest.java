package org.grouprise.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.server.db.Database;
import org.grouprise.server.testsupport.MutableClock;
import org.grouprise.server.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sessions in the database: what is stored, and when they end. */
class SessionStoreTest {
    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private Database database;
    private SessionStore store;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh(folder), List.of(SessionMapper.class));
        store = new SessionStore(database.mapper(SessionMapper.class), database.transactions(), clock,
            Duration.ofDays(14));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void loggedInSessionLastsTheConfiguredLifetime() throws SQLException {
        SessionStore.NewSession session = store.create(Optional.of(insertPerson("rosa")), Optional.empty());

        clock.advance(Duration.ofDays(13));
        boolean foundBeforeTheEnd = store.find(session.cookieValue()).isPresent();
        clock.advance(Duration.ofDays(2));

        assertThat(foundBeforeTheEnd).isTrue();
        assertThat(store.find(session.cookieValue())).isEmpty();
    }

    @Test
    void anonymousSessionEndsAfterADayAndHousekeepingRemovesIt() {
        SessionStore.NewSession session = store.create(Optional.empty(), Optional.empty());

        clock.advance(Duration.ofHours(25));

        assertThat(store.find(session.cookieValue())).isEmpty();
        assertThat(store.deleteExpired()).isEqualTo(1);
    }

    @Test
    void sessionIsStoredUnderTheHashOfItsCookieOnly() {
        SessionStore.NewSession session = store.create(Optional.empty(), Optional.empty());

        assertThat(session.session().idHash()).isNotEqualTo(session.cookieValue()).hasSize(64);
        assertThat(store.find(session.cookieValue())).isPresent();
        assertThat(store.find(session.session().idHash())).isEmpty();
    }

    @Test
    void rotationAtLoginInvalidatesTheOldIdentifierAndKeepsPendingMessages() throws SQLException {
        SessionStore.NewSession anonymous = store.create(Optional.empty(), Optional.of("en"));
        anonymous.session().flash().add("Welcome");

        long personId = insertPerson("anna");

        SessionStore.NewSession loggedIn = store.rotate(Optional.of(anonymous.session()), personId);

        assertThat(store.find(anonymous.cookieValue())).isEmpty();
        assertThat(loggedIn.session().personId()).contains(personId);
        assertThat(loggedIn.session().language()).contains("en");
        assertThat(loggedIn.session().flash()).containsExactly("Welcome");
        assertThat(loggedIn.session().csrfToken()).isNotEqualTo(anonymous.session().csrfToken());
    }

    private long insertPerson(String username) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(
                 "INSERT INTO persons (username, username_key, joined_at) VALUES (?, ?, ?)",
                 Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, username);
            insert.setString(2, username);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
