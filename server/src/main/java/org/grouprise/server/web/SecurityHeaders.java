package org.grouprise.server.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;

/** The headers every response carries, whatever produced it. */
final class SecurityHeaders {
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpServerExchange exchange, boolean transportSecurityOn) {
        var headers = exchange.getResponseHeaders();
        headers.put(HttpString.tryFromString("Content-Security-Policy"), CONTENT_SECURITY_POLICY);
        headers.put(HttpString.tryFromString("X-Content-Type-Options"), "nosniff");
        headers.put(HttpString.tryFromString("X-Frame-Options"), "DENY");
        headers.put(HttpString.tryFromString("Referrer-Policy"), "same-origin");
        if (transportSecurityOn) {
            headers.put(HttpString.tryFromString("Strict-Transport-Security"), "max-age=31536000; includeSubDomains");
        }
    }
}
