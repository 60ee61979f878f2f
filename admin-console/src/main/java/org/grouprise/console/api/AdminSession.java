package org.grouprise.console.api;

import org.grouprise.model.SessionResponse;

import java.net.URI;
import java.util.Objects;

/** A logged-in connection to one server's admin API. */
public record AdminSession(URI server, SessionResponse session) {

    public AdminSession {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(session, "session");
    }
}
