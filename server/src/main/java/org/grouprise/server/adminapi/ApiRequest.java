package org.grouprise.server.adminapi;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import org.grouprise.model.JsonCodec;
import org.grouprise.model.JsonCodecException;

import java.net.InetSocketAddress;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/** One admin API request as handlers see it: path and query parameters, body, caller. */
final class ApiRequest {
    private static final String BEARER = "Bearer ";

    private final HttpServerExchange exchange;
    private final Map<String, String> pathParameters;
    private final byte[] body;
    private final JsonCodec codec;
    private final Optional<StaffMember> staff;

    ApiRequest(HttpServerExchange exchange, Map<String, String> pathParameters, byte[] body, JsonCodec codec,
            Optional<StaffMember> staff) {
        this.exchange = exchange;
        this.pathParameters = Map.copyOf(pathParameters);
        this.body = body.clone();
        this.codec = codec;
        this.staff = staff;
    }

    ApiRequest authenticatedAs(StaffMember member) {
        return new ApiRequest(exchange, pathParameters, body, codec, Optional.of(member));
    }

    /** The logged-in staff member; only endpoints that need a token are called with one. */
    StaffMember staff() {
        return staff.orElseThrow(() -> new IllegalStateException("This endpoint was called without a token"));
    }

    /** A numeric path parameter such as {@code {id}}; anything else is a 404, as for a missing item. */
    long idParameter(String name) {
        String value = pathParameters.get(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("'" + value + "' is not an id");
        }
    }

    Optional<String> query(String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** A whole-number query parameter within bounds, or its default when absent. */
    int intQuery(String name, int fallback, int min, int max) {
        Optional<String> text = query(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw ApiException.invalid(name, "must be a whole number from " + min + " to " + max);
    }

    <T> T body(Class<T> type) {
        try {
            return codec.read(body, type);
        } catch (JsonCodecException e) {
            // The parser's message may quote the body, which can hold a password: it is not echoed.
            throw ApiException.invalid("body", "expected a JSON " + type.getSimpleName());
        }
    }

    Optional<String> bearerToken() {
        String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip()).filter(token -> !token.isEmpty());
    }

    /**
     * The peer's address. The admin listener is reached directly, not through the web's reverse
     * proxy, so no forwarding header is trusted.
     */
    String clientAddress() {
        InetSocketAddress peer = exchange.getSourceAddress();
        return peer == null || peer.getAddress() == null ? "unknown" : peer.getAddress().getHostAddress();
    }
}
