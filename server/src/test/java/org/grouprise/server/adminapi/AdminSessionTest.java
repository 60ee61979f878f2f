package org.grouprise.server.adminapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.model.ProblemTypes;
import org.grouprise.model.SessionRequest;
import org.grouprise.model.SessionResponse;
import org.grouprise.server.config.Listener;
import org.grouprise.server.testsupport.AccountSteps;
import org.grouprise.server.testsupport.ApiClient;
import org.grouprise.server.testsupport.ApiClient.Response;
import org.grouprise.server.testsupport.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

/** Logging in, the token's life, and who may use the API. */
class AdminSessionTest {
    private static final String OVERVIEW = "/api/v1/overview";
    private static final String SESSION = "/api/v1/session";

    @TempDir
    static Path folder;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(folder, 25, builder -> builder.adminApi(new Listener(true, "127.0.0.1", 0)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void staffLoginGivesATokenThatWorks() {
        ApiClient api = server.newApiClient();

        Response login = api.post(SESSION, SessionRequest.withoutTotp("admin", TestServer.ADMIN_PASSWORD));

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.contentType()).isEqualTo("application/json");
        SessionResponse session = login.as(SessionResponse.class);
        assertThat(session.expiresAt()).isEqualTo(server.clock().instant().plus(AdminSessions.IDLE_TIMEOUT));
        assertThat(api.withToken(session.token()).get(OVERVIEW).status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordIsUnauthorizedProblem() {
        Response login = server.newApiClient().post(SESSION, SessionRequest.withoutTotp("admin", "wrong password"));

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.contentType()).isEqualTo("application/problem+json");
        assertThat(login.problem().type()).isEqualTo(ProblemTypes.INVALID_CREDENTIALS);
    }

    @Test
    void repeatedWrongPasswordsAreRateLimitedLikeWebLogins() {
        String email = signUp();
        ApiClient api = server.newApiClient();
        for (int i = 0; i < 5; i++) {
            api.post(SESSION, SessionRequest.withoutTotp(email, "wrong password"));
        }

        Response login = api.post(SESSION, SessionRequest.withoutTotp(email, AccountSteps.PASSWORD));
        // The limit per client address would block the other tests' logins from 127.0.0.1 too.
        server.clock().advance(Duration.ofMinutes(16));

        assertThat(login.status()).isEqualTo(429);
        assertThat(login.problem().type()).isEqualTo(ProblemTypes.RATE_LIMITED);
    }

    @Test
    void nonStaffLoginIsForbidden() {
        String email = signUp();

        Response login = server.newApiClient().post(SESSION, SessionRequest.withoutTotp(email, AccountSteps.PASSWORD));

        assertThat(login.status()).isEqualTo(403);
        assertThat(login.problem().type()).isEqualTo(ProblemTypes.NOT_STAFF);
    }

    @Test
    void malformedLoginIsInvalidRequest() {
        Response login = server.newApiClient().send("POST", SESSION, "{\"username\": \"admin\"}");

        assertThat(login.status()).isEqualTo(400);
        assertThat(login.problem().type()).isEqualTo(ProblemTypes.INVALID_REQUEST);
        assertThat(login.problem().fieldErrors()).containsKey("body");
    }

    @Test
    void requestWithoutTokenIsUnauthorized() {
        Response overview = server.newApiClient().get(OVERVIEW);

        assertThat(overview.status()).isEqualTo(401);
        assertThat(overview.problem().type()).isEqualTo(ProblemTypes.UNAUTHENTICATED);
    }

    @Test
    void garbageTokenIsUnauthorized() {
        Response overview = server.newApiClient().withToken("not-a-token").get(OVERVIEW);

        assertThat(overview.status()).isEqualTo(401);
        assertThat(overview.problem().type()).isEqualTo(ProblemTypes.UNAUTHENTICATED);
    }

    @Test
    void tokenExpiresAfterEightIdleHours() {
        ApiClient api = server.newApiClient().withToken(adminToken());

        server.clock().advance(AdminSessions.IDLE_TIMEOUT.plusSeconds(1));

        assertThat(api.get(OVERVIEW).status()).isEqualTo(401);
    }

    @Test
    void usingTheTokenKeepsItAlive() {
        ApiClient api = server.newApiClient().withToken(adminToken());

        for (int hour = 0; hour < 3; hour++) {
            server.clock().advance(Duration.ofHours(5));
            assertThat(api.get(OVERVIEW).status()).isEqualTo(200);
        }
    }

    @Test
    void revokedTokenIsUnauthorized() {
        ApiClient api = server.newApiClient().withToken(adminToken());

        Response logout = api.delete(SESSION);

        assertThat(logout.status()).isEqualTo(204);
        assertThat(api.get(OVERVIEW).status()).isEqualTo(401);
        assertThat(api.delete(SESSION).status()).isEqualTo(401);
    }

    @Test
    void housekeepingDeletesTokensExpiredForADay() {
        adminToken();
        server.clock().advance(AdminSessions.IDLE_TIMEOUT.plus(Duration.ofDays(1)).plusSeconds(1));

        int deleted = AdminApi.tokenCleanup(server.server().database(), server.clock()).getAsInt();

        assertThat(deleted).isPositive();
    }

    @Test
    void tokenOfAPersonNoLongerStaffIsForbidden() throws SQLException {
        String email = signUp();
        setStaff(email, true);
        ApiClient api = server.newApiClient();
        String token = api.post(SESSION, SessionRequest.withoutTotp(email, AccountSteps.PASSWORD))
            .as(SessionResponse.class).token();

        setStaff(email, false);

        Response overview = api.withToken(token).get(OVERVIEW);
        assertThat(overview.status()).isEqualTo(403);
        assertThat(overview.problem().type()).isEqualTo(ProblemTypes.NOT_STAFF);
    }

    @Test
    void wrongMethodIsMethodNotAllowedProblem() {
        Response response = server.newApiClient().send("PUT", SESSION, "{}");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.allow()).isEqualTo("DELETE, POST");
        assertThat(response.problem().type()).isEqualTo(ProblemTypes.METHOD_NOT_ALLOWED);
    }

    private static String adminToken() {
        return server.newApiClient().post(SESSION, SessionRequest.withoutTotp("admin", TestServer.ADMIN_PASSWORD))
            .as(SessionResponse.class).token();
    }

    private static String signUp() {
        String email = AccountSteps.newAddress();
        server.server().accounts().signUp(email, AccountSteps.PASSWORD, AccountSteps.PASSWORD, "192.0.2.1",
            Locale.GERMAN);
        return email;
    }

    private static void setStaff(String email, boolean staff) throws SQLException {
        long id = server.server().accounts().findByEmail(email).orElseThrow().id();
        try (Connection connection = server.server().database().dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE persons SET staff = ? WHERE id = ?")) {
            update.setBoolean(1, staff);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }
}
