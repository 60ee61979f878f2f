package org.grouprise.server.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.grouprise.model.JsonCodec;
import org.grouprise.model.Problem;
import org.grouprise.model.SessionRequest;
import org.grouprise.model.SessionResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Speaks JSON to the admin API over HTTPS, trusting exactly the one certificate the test server
 * presents (read from its PEM file), as a console that pinned it would.
 */
public final class ApiClient {
    private static final JsonCodec CODEC = JsonCodec.create();

    private final HttpClient http;
    private final String baseUrl;
    private Optional<String> token = Optional.empty();

    public ApiClient(String baseUrl, Path certificatePem) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().sslContext(trusting(certificatePem)).build();
    }

    /** Sends this bearer token with every following request. */
    public ApiClient withToken(String value) {
        token = Optional.of(value);
        return this;
    }

    /** Logs in with {@code POST /api/v1/session} and sends the token from then on. */
    public ApiClient loggedInAs(String username, String password) {
        Response login = post("/api/v1/session", SessionRequest.withoutTotp(username, password));
        if (login.status() != 200) {
            throw new IllegalStateException("Login as " + username + " answered " + login.status());
        }
        return withToken(login.as(SessionResponse.class).token());
    }

    public ApiClient withoutToken() {
        token = Optional.empty();
        return this;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(CODEC.write(body))));
    }

    public Response post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** A request with any method and raw body, for the malformed cases. */
    public Response send(String method, String path, String body) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        token.ifPresent(value -> builder.header("Authorization", "Bearer " + value));
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Allow").orElse(""), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SSLContext trusting(Path certificatePem) {
        try (InputStream in = Files.newInputStream(certificatePem)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("server", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot trust " + certificatePem, e);
        }
    }

    /** An answer: status, content type and body, readable as a shared-model record or as a tree. */
    public record Response(int status, String contentType, String allow, Map<String, List<String>> headers,
            byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> String.join(", ", entry.getValue())).findFirst().orElse("");
        }

        public <T> T as(Class<T> type) {
            return CODEC.read(body, type);
        }

        public Problem problem() {
            return as(Problem.class);
        }

        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
