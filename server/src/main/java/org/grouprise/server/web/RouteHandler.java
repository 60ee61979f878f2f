package org.grouprise.server.web;

/** Handles one route: parse the request into a record, call one service method, answer. */
@FunctionalInterface
public interface RouteHandler {
    Response handle(WebRequest request);
}
