package org.grouprise.server.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A visitor's session as stored in the database: who is logged in, the CSRF token, the chosen
 * language and messages to show once on the next page.
 */
public final class WebSession {
    private final String idHash;
    private final Long personId;
    private final String csrfToken;
    private String language;
    private final List<String> flash;
    private final Instant expiresAt;

    WebSession(String idHash, Long personId, String csrfToken, String language, List<String> flash,
            Instant expiresAt) {
        this.idHash = idHash;
        this.personId = personId;
        this.csrfToken = csrfToken;
        this.language = language;
        this.flash = new ArrayList<>(flash);
        this.expiresAt = expiresAt;
    }

    String idHash() {
        return idHash;
    }

    public Optional<Long> personId() {
        return Optional.ofNullable(personId);
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    void language(String value) {
        language = value;
    }

    List<String> flash() {
        return flash;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
