package org.grouprise.console.api;

import org.grouprise.model.ApiPaths;
import org.grouprise.model.JsonCodec;
import org.grouprise.model.JsonCodecException;
import org.grouprise.model.MediaTypes;
import org.grouprise.model.Problem;
import org.grouprise.model.SessionRequest;
import org.grouprise.model.SessionResponse;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLException;

/** Talks JSON over HTTP(S) to a server's admin API, on the JDK's HttpClient; every call is asynchronous. */
public final class AdminApiClient implements SessionOpener {
    /** How long to wait for a connection and for each answer. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final JsonCodec codec;
    private final Duration timeout;

    public AdminApiClient(HttpClient http, JsonCodec codec, Duration timeout) {
        this.http = http;
        this.codec = codec;
        this.timeout = timeout;
    }

    /** A client that trusts what the JDK's default trust store trusts. */
    public static AdminApiClient create(JsonCodec codec) {
        // TODO(#7): pin the server certificate on first use; until then a self-signed admin listener is refused.
        HttpClient http = HttpClient.newBuilder().connectTimeout(DEFAULT_TIMEOUT).build();
        return new AdminApiClient(http, codec, DEFAULT_TIMEOUT);
    }

    @Override
    public CompletableFuture<SessionResponse> openSession(URI server, SessionRequest request) {
        HttpRequest httpRequest = HttpRequest.newBuilder(endpoint(server, ApiPaths.SESSION))
            .timeout(timeout)
            .header("Content-Type", MediaTypes.JSON)
            .header("Accept", MediaTypes.JSON + ", " + MediaTypes.PROBLEM_JSON)
            .POST(HttpRequest.BodyPublishers.ofByteArray(codec.write(request)))
            .build();
        return http.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray())
            .handle((response, failure) -> {
                if (failure != null) {
                    throw notAnswered(failure);
                }
                return answer(response, SessionResponse.class);
            });
    }

    /** The URL of an API path below the server's base URL, which may carry a path prefix of its own. */
    static URI endpoint(URI server, String path) {
        String base = server.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    private <T> T answer(HttpResponse<byte[]> response, Class<T> type) {
        int status = response.statusCode();
        if (status == 200 && hasContentType(response, MediaTypes.JSON)) {
            try {
                return codec.read(response.body(), type);
            } catch (JsonCodecException e) {
                throw AdminApiException.failed(AdminApiException.Reason.UNEXPECTED_ANSWER, e);
            }
        }

        Optional<Problem> problem = problemIn(response);
        if (status == 401 || status == 403) {
            throw AdminApiException.answered(AdminApiException.Reason.REJECTED, status, problem);
        }
        AdminApiException.Reason reason = problem.isPresent()
            ? AdminApiException.Reason.PROBLEM : AdminApiException.Reason.UNEXPECTED_ANSWER;
        throw AdminApiException.answered(reason, status, problem);
    }

    private Optional<Problem> problemIn(HttpResponse<byte[]> response) {
        if (!hasContentType(response, MediaTypes.PROBLEM_JSON)) {
            return Optional.empty();
        }
        try {
            return Optional.of(codec.read(response.body(), Problem.class));
        } catch (JsonCodecException e) {
            // a broken error body still leaves the status, which is reported instead
            return Optional.empty();
        }
    }

    private static boolean hasContentType(HttpResponse<?> response, String mediaType) {
        return response.headers().firstValue("Content-Type")
            .map(value -> value.toLowerCase(Locale.ROOT).startsWith(mediaType))
            .orElse(false);
    }

    private static AdminApiException notAnswered(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure;
        return AdminApiException.failed(reasonFor(cause), cause);
    }

    private static AdminApiException.Reason reasonFor(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException
                || cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            return AdminApiException.Reason.UNREACHABLE;
        }
        if (cause instanceof HttpTimeoutException) {
            return AdminApiException.Reason.TIMED_OUT;
        }
        if (cause instanceof SSLException) {
            return AdminApiException.Reason.UNTRUSTED_CERTIFICATE;
        }
        if (cause instanceof IOException && cause.getCause() != null && cause.getCause() != cause) {
            return reasonFor(cause.getCause());
        }
        return AdminApiException.Reason.UNREACHABLE;
    }
}
