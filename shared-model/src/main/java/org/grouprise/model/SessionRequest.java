package org.grouprise.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A staff member's login to the admin API: name, password and, when the account has two factors, the current TOTP
 * code.
 */
public record SessionRequest(String username, String password, Optional<String> totp) {

    public SessionRequest {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        totp = Objects.requireNonNullElse(totp, Optional.empty());
    }

    /** A login without a second factor. */
    public static SessionRequest withoutTotp(String username, String password) {
        return new SessionRequest(username, password, Optional.empty());
    }

    /** Never shows the password or the code: requests end up in logs and exception messages. */
    @Override
    public String toString() {
        return "SessionRequest[username=" + username + ", password=***, totp=" + (totp.isPresent() ? "***" : "none")
            + "]";
    }
}
