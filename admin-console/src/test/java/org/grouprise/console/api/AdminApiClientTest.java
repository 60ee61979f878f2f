package org.grouprise.console.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.grouprise.model.JsonCodec;
import org.grouprise.model.MediaTypes;
import org.grouprise.model.SessionRequest;
import org.grouprise.model.SessionResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

class AdminApiClientTest {
    private static final SessionRequest LOGIN = new SessionRequest("anna", "pw", Optional.of("123456"));

    private final ScriptedAdminServer server = ScriptedAdminServer.start();
    private final AdminApiClient client = new AdminApiClient(HttpClient.newHttpClient(), JsonCodec.create(),
        Duration.ofSeconds(5));

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void okAnswerBecomesSessionResponse() throws Exception {
        server.answer(200, MediaTypes.JSON, "{\"token\":\"t0k\",\"expiresAt\":\"2030-01-01T12:00:00Z\"}");

        SessionResponse response = client.openSession(server.baseUri(), LOGIN).get(10, TimeUnit.SECONDS);

        assertThat(response).isEqualTo(new SessionResponse("t0k", Instant.parse("2030-01-01T12:00:00Z")));
    }

    @Test
    void requestCarriesTheLoginAsJson() throws Exception {
        server.answer(200, MediaTypes.JSON, "{\"token\":\"t0k\",\"expiresAt\":\"2030-01-01T12:00:00Z\"}");

        client.openSession(URI.create(server.baseUri() + "/"), LOGIN).get(10, TimeUnit.SECONDS);

        assertThat(server.lastRequestBody())
            .isEqualTo("{\"username\":\"anna\",\"password\":\"pw\",\"totp\":\"123456\"}");
    }

    @Test
    void unauthorizedWithProblemIsRejectedWithTheProblemTitle() {
        server.answer(401, MediaTypes.PROBLEM_JSON, "{\"title\":\"Invalid login\",\"status\":401}");

        AdminApiException error = failureOf(server.baseUri());

        assertThat(error.reason()).isEqualTo(AdminApiException.Reason.REJECTED);
        assertThat(error.status()).isEqualTo(401);
        assertThat(error.problem().orElseThrow().title()).isEqualTo("Invalid login");
    }

    @Test
    void forbiddenWithoutBodyIsRejectedWithoutProblem() {
        server.answer(403, "text/plain", "");

        AdminApiException error = failureOf(server.baseUri());

        assertThat(error.reason()).isEqualTo(AdminApiException.Reason.REJECTED);
        assertThat(error.problem()).isEmpty();
    }

    @Test
    void serverErrorWithProblemIsReportedAsProblem() {
        server.answer(503, MediaTypes.PROBLEM_JSON, "{\"title\":\"Database unavailable\",\"status\":503}");

        AdminApiException error = failureOf(server.baseUri());

        assertThat(error.reason()).isEqualTo(AdminApiException.Reason.PROBLEM);
        assertThat(error.status()).isEqualTo(503);
    }

    @Test
    void htmlPageIsAnUnexpectedAnswer() {
        server.answer(404, "text/html", "<html>Not found</html>");

        AdminApiException error = failureOf(server.baseUri());

        assertThat(error.reason()).isEqualTo(AdminApiException.Reason.UNEXPECTED_ANSWER);
        assertThat(error.status()).isEqualTo(404);
    }

    @Test
    void closedPortIsUnreachable() throws IOException {
        URI nobodyListens = URI.create("http://127.0.0.1:" + freePort());

        AdminApiException error = failureOf(nobodyListens);

        assertThat(error.reason()).isEqualTo(AdminApiException.Reason.UNREACHABLE);
    }

    @Test
    void silentServerTimesOut() {
        server.answerNever();
        AdminApiClient impatient = new AdminApiClient(HttpClient.newHttpClient(), JsonCodec.create(),
            Duration.ofMillis(300));

        assertThatThrownBy(() -> impatient.openSession(server.baseUri(), LOGIN).join())
            .isInstanceOf(CompletionException.class)
            .cause()
            .isInstanceOfSatisfying(AdminApiException.class,
                error -> assertThat(error.reason()).isEqualTo(AdminApiException.Reason.TIMED_OUT));
    }

    @Test
    void endpointKeepsAPathPrefixOfTheBaseUrl() {
        URI endpoint = AdminApiClient.endpoint(URI.create("https://example.org/admin/"), "/api/v1/session");

        assertThat(endpoint).isEqualTo(URI.create("https://example.org/admin/api/v1/session"));
    }

    private AdminApiException failureOf(URI base) {
        Throwable thrown = catchThrowable(() -> client.openSession(base, LOGIN).join());
        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(AdminApiException.class);
        return (AdminApiException) thrown.getCause();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
