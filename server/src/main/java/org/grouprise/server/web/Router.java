package org.grouprise.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small router: patterns of literal segments and {@code {name}} placeholders that match one
 * segment each. Routes are tried in the order they were added, so specific routes such as
 * {@code /stadt/login/} come before the catch-all entity route {@code /{slug}/}.
 */
public final class Router {
    private final List<Route> routes = new ArrayList<>();

    public Router get(String pattern, RouteHandler handler) {
        return add("GET", pattern, handler);
    }

    public Router post(String pattern, RouteHandler handler) {
        return add("POST", pattern, handler);
    }

    public Router add(String method, String pattern, RouteHandler handler) {
        routes.add(new Route(method, split(pattern), handler));
        return this;
    }

    /** The handler for the request, or the methods the path allows when no handler matches the method. */
    Match match(String method, String path) {
        String[] segments = split(path);
        Set<String> allowed = new TreeSet<>();
        String effectiveMethod = method.equals("HEAD") ? "GET" : method;
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.bind(segments);
            if (parameters.isPresent()) {
                if (route.method().equals(effectiveMethod)) {
                    return new Match(Optional.of(route.handler()), parameters.get(), Set.of());
                }
                allowed.add(route.method());
            }
        }
        return new Match(Optional.empty(), Map.of(), allowed);
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.isEmpty()) {
            return new String[0];
        }
        // A trailing slash is significant (grouprise's URLs end in one): keep it as an empty segment.
        return trimmed.split("/", -1);
    }

    /** The result of matching: a handler with its path parameters, or the allowed methods (405) or nothing (404). */
    record Match(Optional<RouteHandler> handler, Map<String, String> pathParameters, Set<String> allowedMethods) {
    }

    private record Route(String method, String[] pattern, RouteHandler handler) {

        Optional<Map<String, String>> bind(String[] segments) {
            if (segments.length != pattern.length) {
                return Optional.empty();
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < pattern.length; i++) {
                String expected = pattern[i];
                if (expected.startsWith("{") && expected.endsWith("}")) {
                    if (segments[i].isEmpty()) {
                        return Optional.empty();
                    }
                    parameters.put(expected.substring(1, expected.length() - 1), segments[i]);
                } else if (!expected.equals(segments[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(parameters);
        }
    }
}
