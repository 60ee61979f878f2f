package org.grouprise.server.adminapi;

import org.grouprise.model.ApiPaths;
import org.grouprise.model.ProblemTypes;
import org.grouprise.model.SessionRequest;
import org.grouprise.server.accounts.AccountException;
import org.grouprise.server.accounts.AccountService;
import org.grouprise.server.accounts.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logging in to the admin API and out of it. */
final class SessionEndpoints {
    private static final Logger LOGGER = LoggerFactory.getLogger(SessionEndpoints.class);

    private final AccountService accounts;
    private final AdminSessions sessions;

    SessionEndpoints(AccountService accounts, AdminSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    void register(ApiRouter router) {
        router.open("POST", ApiPaths.SESSION, this::logIn);
        router.open("DELETE", ApiPaths.SESSION, this::logOut);
    }

    /** Checks the password as the web login does, with the same rate limits, then issues a token to staff. */
    private Object logIn(ApiRequest request) {
        SessionRequest login = request.body(SessionRequest.class);
        Person person = authenticate(login, request.clientAddress());
        if (!person.staff()) {
            throw ApiException.notStaff();
        }
        // TODO(#7): TOTP: when the account has a second factor, require and check login.totp() here.

        LOGGER.info("Admin API session opened for person {}", person.id());
        return sessions.open(person.id());
    }

    private Person authenticate(SessionRequest login, String clientAddress) {
        try {
            return accounts.authenticate(login.username(), login.password(), clientAddress)
                .orElseThrow(() -> ApiException.of(401, ProblemTypes.INVALID_CREDENTIALS,
                    "Wrong username or password"));
        } catch (AccountException e) {
            if (e.messageKey().equals("login.blocked")) {
                throw ApiException.of(429, ProblemTypes.RATE_LIMITED,
                    "Too many failed logins; try again in 15 minutes");
            }
            throw e;
        }
    }

    private Object logOut(ApiRequest request) {
        sessions.revoke(request);
        return Answer.NO_CONTENT;
    }
}
