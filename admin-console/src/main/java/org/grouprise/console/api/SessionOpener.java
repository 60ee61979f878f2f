package org.grouprise.console.api;

import org.grouprise.model.SessionRequest;
import org.grouprise.model.SessionResponse;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** Logs in to an admin API; the answer arrives on a background thread. */
@FunctionalInterface
public interface SessionOpener {

    /**
     * Asks the server for a session. The future fails with an {@link AdminApiException} (possibly wrapped in a
     * {@link java.util.concurrent.CompletionException}) when the login does not succeed.
     */
    CompletableFuture<SessionResponse> openSession(URI server, SessionRequest request);
}
