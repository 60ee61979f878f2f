package org.grouprise.console.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.console.Messages;
import org.grouprise.console.api.AdminApiException;
import org.grouprise.console.api.AdminSession;
import org.grouprise.model.Problem;
import org.grouprise.model.SessionRequest;
import org.grouprise.model.SessionResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;

class ConnectViewModelTest {
    private static final ResourceBundle ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private static final URI SERVER = URI.create("https://admin.example.org:8443");
    private static final SessionResponse SESSION = new SessionResponse("t0k", Instant.parse("2030-01-01T00:00:00Z"));

    private final List<SessionRequest> sent = new ArrayList<>();
    private final List<AdminSession> connected = new ArrayList<>();

    @ParameterizedTest(name = "[{index}] {0} / {1} / {2} / {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "https://admin.example.org:8443 | anna | pw | ''     | true",
        "https://admin.example.org:8443 | anna | pw | 123456 | true",
        "http://127.0.0.1:8443          | anna | pw | ''     | true",
        "http://localhost:8443          | anna | pw | ''     | true",
        "http://[::1]:8443              | anna | pw | ''     | true",
        "http://admin.example.org:8443  | anna | pw | ''     | false",
        "ftp://admin.example.org        | anna | pw | ''     | false",
        "admin.example.org:8443         | anna | pw | ''     | false",
        "''                             | anna | pw | ''     | false",
        "https://admin.example.org:8443 | ''   | pw | ''     | false",
        "https://admin.example.org:8443 | '  ' | pw | ''     | false",
        "https://admin.example.org:8443 | anna | '' | ''     | false",
        "https://admin.example.org:8443 | anna | pw | 12345  | false",
        "https://admin.example.org:8443 | anna | pw | abcdef | false",
    })
    void canConnectNeedsSafeServerUrlUserPasswordAndWellFormedCode(String url, String user, String password,
            String code, boolean expected) {
        ConnectViewModel viewModel = viewModelAnswering(CompletableFuture.completedFuture(SESSION));

        fill(viewModel, url, user, password, code);

        assertThat(viewModel.canConnectProperty().get()).isEqualTo(expected);
    }

    @Test
    void invalidServerUrlShowsAHint() {
        ConnectViewModel viewModel = viewModelAnswering(CompletableFuture.completedFuture(SESSION));

        viewModel.serverUrlProperty().set("http://admin.example.org");

        assertThat(viewModel.serverUrlHintProperty().get()).contains("https://host:port");
    }

    @Test
    void successfulConnectHandsOverTheSessionAndForgetsThePassword() {
        ConnectViewModel viewModel = viewModelAnswering(CompletableFuture.completedFuture(SESSION));
        fill(viewModel, SERVER.toString(), " anna ", "pw", " 123456 ");

        viewModel.connect();

        assertThat(sent).containsExactly(new SessionRequest("anna", "pw", Optional.of("123456")));
        assertThat(connected).containsExactly(new AdminSession(SERVER, SESSION));
        assertThat(viewModel.passwordProperty().get()).isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void connectIsIgnoredWhileATryIsRunning() {
        ConnectViewModel viewModel = viewModelAnswering(new CompletableFuture<>());
        fill(viewModel, SERVER.toString(), "anna", "pw", "");

        viewModel.connect();
        viewModel.connect();

        assertThat(sent).hasSize(1);
        assertThat(viewModel.canConnectProperty().get()).isFalse();
        assertThat(viewModel.statusMessageProperty().get()).isEqualTo("Connecting to " + SERVER + " …");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "rejected with title    | Login refused: Invalid login",
        "rejected without body  | Login refused by the server (HTTP 401).",
        "problem                | The server reported a problem: Database unavailable (HTTP 503)",
        "unexpected answer      | The server at https://admin.example.org:8443 answered HTTP 404",
        "unreachable            | Cannot reach https://admin.example.org:8443.",
        "timed out              | https://admin.example.org:8443 did not answer in time.",
        "untrusted certificate  | The certificate of https://admin.example.org:8443 is not trusted",
        "other failure          | Connecting to https://admin.example.org:8443 failed: java.lang.IllegalStateException",
    })
    void failureIsShownAsErrorInTheConsolesLanguage(String failure, String expectedMessage) {
        ConnectViewModel viewModel = viewModelAnswering(CompletableFuture.failedFuture(failureNamed(failure)));
        fill(viewModel, SERVER.toString(), "anna", "pw", "");

        viewModel.connect();

        assertThat(viewModel.statusMessageProperty().get()).contains(expectedMessage);
        assertThat(viewModel.statusIsErrorProperty().get()).isTrue();
        assertThat(connected).isEmpty();
        assertThat(viewModel.passwordProperty().get()).isEqualTo("pw");
    }

    @Test
    void germanMessagesAreUsedForAGermanLocale() {
        ConnectViewModel viewModel = new ConnectViewModel(Messages.forLocale(Locale.GERMAN),
            (server, request) -> CompletableFuture.failedFuture(
                AdminApiException.answered(AdminApiException.Reason.REJECTED, 401, Optional.empty())),
            connected::add, Runnable::run);
        fill(viewModel, SERVER.toString(), "anna", "pw", "");

        viewModel.connect();

        assertThat(viewModel.statusMessageProperty().get())
            .isEqualTo("Der Server hat die Anmeldung abgelehnt (HTTP 401).");
    }

    private ConnectViewModel viewModelAnswering(CompletableFuture<SessionResponse> answer) {
        return new ConnectViewModel(ENGLISH, (server, request) -> {
            sent.add(request);
            return answer;
        }, connected::add, Runnable::run);
    }

    private static void fill(ConnectViewModel viewModel, String url, String user, String password, String code) {
        viewModel.serverUrlProperty().set(url);
        viewModel.usernameProperty().set(user);
        viewModel.passwordProperty().set(password);
        viewModel.totpCodeProperty().set(code);
    }

    private static Throwable failureNamed(String name) {
        return switch (name) {
            case "rejected with title" -> AdminApiException.answered(AdminApiException.Reason.REJECTED, 401,
                Optional.of(Problem.of(401, "Invalid login")));
            case "rejected without body" ->
                AdminApiException.answered(AdminApiException.Reason.REJECTED, 401, Optional.empty());
            case "problem" -> AdminApiException.answered(AdminApiException.Reason.PROBLEM, 503,
                Optional.of(Problem.of(503, "Database unavailable")));
            case "unexpected answer" ->
                AdminApiException.answered(AdminApiException.Reason.UNEXPECTED_ANSWER, 404, Optional.empty());
            case "unreachable" ->
                AdminApiException.failed(AdminApiException.Reason.UNREACHABLE, new ConnectException());
            case "timed out" -> AdminApiException.failed(AdminApiException.Reason.TIMED_OUT, new IOException());
            case "untrusted certificate" ->
                AdminApiException.failed(AdminApiException.Reason.UNTRUSTED_CERTIFICATE, new IOException());
            default -> new IllegalStateException("boom");
        };
    }
}
