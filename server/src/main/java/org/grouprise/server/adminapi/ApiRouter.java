package org.grouprise.server.adminapi;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import org.grouprise.model.JsonCodec;
import org.grouprise.model.MediaTypes;
import org.grouprise.model.Problem;
import org.grouprise.model.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Matches method and path to an endpoint, checks the bearer token of every endpoint that needs one,
 * and turns every failure into a problem body. It runs on a worker thread (behind a blocking handler).
 */
final class ApiRouter implements HttpHandler {
    private static final Logger LOGGER = LoggerFactory.getLogger(ApiRouter.class);
    private static final int MAX_BODY_BYTES = 1024 * 1024;

    private final List<Route> routes = new ArrayList<>();
    private final JsonCodec codec;
    private final Function<ApiRequest, StaffMember> authenticator;

    /** {@code authenticator} answers the staff member of the request's token or throws an {@link ApiException}. */
    ApiRouter(JsonCodec codec, Function<ApiRequest, StaffMember> authenticator) {
        this.codec = codec;
        this.authenticator = authenticator;
    }

    /** An endpoint anyone may call (only the login). */
    void open(String method, String pattern, ApiHandler handler) {
        routes.add(new Route(method, pattern.split("/"), false, handler));
    }

    /** An endpoint that needs a staff member's token. */
    void staff(String method, String pattern, ApiHandler handler) {
        routes.add(new Route(method, pattern.split("/"), true, handler));
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws IOException {
        // Answers hold personal data and tokens: never cached, never sniffed into something renderable.
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseHeaders().put(Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
        exchange.getResponseHeaders().put(Headers.STRICT_TRANSPORT_SECURITY, "max-age=31536000");
        try {
            Object result = dispatch(exchange);
            Answer answer = result instanceof Answer given ? given : new Answer(200, Optional.of(result));
            send(exchange, answer.status(), MediaTypes.JSON, answer.body());
        } catch (ApiException e) {
            send(exchange, e.problem().status(), MediaTypes.PROBLEM_JSON, Optional.of(e.problem()));
        } catch (RuntimeException e) {
            LOGGER.error("Admin API request {} {} failed", exchange.getRequestMethod(), exchange.getRequestPath(), e);
            send(exchange, 500, MediaTypes.PROBLEM_JSON, Optional.of(new Problem(ProblemTypes.SERVER_ERROR,
                "Internal server error", 500, Optional.of("See the server log"), Map.of())));
        }
    }

    private Object dispatch(HttpServerExchange exchange) throws IOException {
        String[] segments = exchange.getRequestPath().split("/");
        Map<String, String> parameters = new HashMap<>();
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            parameters.clear();
            if (!route.matches(segments, parameters)) {
                continue;
            }
            if (route.method().equals(exchange.getRequestMethod().toString())) {
                return call(route, new ApiRequest(exchange, parameters, body(exchange), codec, Optional.empty()));
            }
            allowed.add(route.method());
        }
        if (allowed.isEmpty()) {
            throw ApiException.notFound("No admin API endpoint at " + exchange.getRequestPath());
        }
        exchange.getResponseHeaders().put(HttpString.tryFromString("Allow"), String.join(", ", allowed));
        throw ApiException.of(405, ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed");
    }

    private Object call(Route route, ApiRequest request) {
        if (!route.needsStaff()) {
            return route.handler().handle(request);
        }
        return route.handler().handle(request.authenticatedAs(authenticator.apply(request)));
    }

    private static byte[] body(HttpServerExchange exchange) throws IOException {
        byte[] body = exchange.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw ApiException.invalid("body", "larger than " + MAX_BODY_BYTES + " bytes");
        }
        return body;
    }

    private void send(HttpServerExchange exchange, int status, String contentType, Optional<Object> body)
            throws IOException {
        exchange.setStatusCode(status);
        if (body.isEmpty()) {
            exchange.endExchange();
            return;
        }
        byte[] json = codec.write(body.get());
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        exchange.setResponseContentLength(json.length);
        exchange.getOutputStream().write(json);
        exchange.endExchange();
    }

    /** A route's pattern split at slashes; a segment {@code {name}} matches any one segment. */
    private record Route(String method, String[] pattern, boolean needsStaff, ApiHandler handler) {
        boolean matches(String[] segments, Map<String, String> parameters) {
            if (segments.length != pattern.length) {
                return false;
            }
            for (int i = 0; i < pattern.length; i++) {
                if (pattern[i].startsWith("{") && pattern[i].endsWith("}") && !segments[i].isEmpty()) {
                    parameters.put(pattern[i].substring(1, pattern[i].length() - 1), segments[i]);
                } else if (!pattern[i].equals(segments[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
