package org.grouprise.console.connect;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.grouprise.console.api.AdminApiException;
import org.grouprise.console.api.AdminSession;
import org.grouprise.console.api.SessionOpener;
import org.grouprise.model.SessionRequest;
import org.grouprise.model.SessionResponse;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The state of the connect screen: what the admin typed, whether it is enough to try, and the outcome of the
 * last try. Holds no controls, so that it can be tested without a screen.
 */
final class ConnectViewModel {
    static final String DEFAULT_SERVER_URL = "https://127.0.0.1:8443";

    private final StringProperty serverUrl = new SimpleStringProperty(DEFAULT_SERVER_URL);
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty totpCode = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding serverUrlValid;
    private final BooleanBinding totpCodeValid;
    private final BooleanBinding canConnect;
    private final StringBinding serverUrlHint;
    private final StringBinding totpCodeHint;

    private final ResourceBundle messages;
    private final SessionOpener opener;
    private final Consumer<AdminSession> onConnected;
    private final Executor uiThread;

    /**
     * @param onConnected called on the UI thread with the new session
     * @param uiThread runs the outcome of a try; the FX application thread in the console
     */
    ConnectViewModel(ResourceBundle messages, SessionOpener opener, Consumer<AdminSession> onConnected,
            Executor uiThread) {
        this.messages = messages;
        this.opener = opener;
        this.onConnected = onConnected;
        this.uiThread = uiThread;

        serverUrlValid = Bindings.createBooleanBinding(() -> serverUri().isPresent(), serverUrl);
        totpCodeValid = Bindings.createBooleanBinding(() -> totpCode.get().strip().matches("|[0-9]{6}"), totpCode);
        canConnect = serverUrlValid.and(totpCodeValid).and(busy.not())
            .and(Bindings.createBooleanBinding(() -> !username.get().isBlank(), username))
            .and(password.isNotEmpty());
        serverUrlHint = hintUnless(serverUrlValid, "connect.serverUrl.hint");
        totpCodeHint = hintUnless(totpCodeValid, "connect.totpCode.hint");
    }

    /** Starts a login with the typed values; does nothing unless {@link #canConnectProperty()} holds. */
    void connect() {
        if (!canConnect.get()) {
            return;
        }
        URI server = serverUri().orElseThrow();
        busy.set(true);
        showStatus(format("connect.status.connecting", server), false);

        opener.openSession(server, request())
            .whenCompleteAsync((response, failure) -> finish(server, response, failure), uiThread);
    }

    /** The server's base URL if the typed text is one the console may send a password to. */
    Optional<URI> serverUri() {
        try {
            URI uri = new URI(serverUrl.get().strip());
            String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            boolean allowed = scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost());
            return allowed && uri.getHost() != null && uri.getQuery() == null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    StringProperty serverUrlProperty() {
        return serverUrl;
    }

    StringProperty usernameProperty() {
        return username;
    }

    StringProperty passwordProperty() {
        return password;
    }

    StringProperty totpCodeProperty() {
        return totpCode;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    BooleanBinding canConnectProperty() {
        return canConnect;
    }

    StringBinding serverUrlHintProperty() {
        return serverUrlHint;
    }

    StringBinding totpCodeHintProperty() {
        return totpCodeHint;
    }

    ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    private SessionRequest request() {
        String code = totpCode.get().strip();
        return new SessionRequest(username.get().strip(), password.get(),
            code.isEmpty() ? Optional.empty() : Optional.of(code));
    }

    private void finish(URI server, SessionResponse response, Throwable failure) {
        busy.set(false);
        if (failure != null) {
            showStatus(describe(server, failure), true);
            return;
        }
        // the password has done its job; it should not linger in memory or in the field
        password.set("");
        showStatus("", false);
        onConnected.accept(new AdminSession(server, response));
    }

    /** The admin's explanation of a failed try, in the console's language. */
    String describe(URI server, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure;
        if (!(cause instanceof AdminApiException error)) {
            return format("error.unknown", server, cause.toString());
        }
        return switch (error.reason()) {
            case REJECTED -> error.problem().filter(problem -> !problem.title().isBlank())
                .map(problem -> format("error.rejected", problem.title()))
                .orElseGet(() -> format("error.rejected.withoutReason", error.status()));
            case PROBLEM -> format("error.problem", error.problem().orElseThrow().title(), error.status());
            case UNEXPECTED_ANSWER -> format("error.unexpectedAnswer", server, error.status());
            case UNREACHABLE -> format("error.unreachable", server);
            case TIMED_OUT -> format("error.timedOut", server);
            case UNTRUSTED_CERTIFICATE -> format("error.untrustedCertificate", server);
        };
    }

    private void showStatus(String message, boolean isError) {
        statusMessage.set(message);
        statusIsError.set(isError);
    }

    private StringBinding hintUnless(BooleanBinding valid, String key) {
        return Bindings.createStringBinding(() -> valid.get() ? "" : messages.getString(key), valid);
    }

    private String format(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(messages.getString(key), messages.getLocale());
        return format.format(stringsOf(arguments));
    }

    /** Numbers as they are (HTTP 401, not 401.0 or 1,401) and URIs as typed. */
    private static Object[] stringsOf(Object[] arguments) {
        Object[] strings = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            strings[i] = String.valueOf(arguments[i]);
        }
        return strings;
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        // only literal addresses are checked, so that no name lookup happens on the FX thread
        if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:]+]")) {
            return false;
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
