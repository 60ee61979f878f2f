package org.grouprise.console.api;

import org.grouprise.model.Problem;

import java.util.Optional;

/** Why a call to the admin API did not succeed, sorted by what the admin can do about it. */
public final class AdminApiException extends RuntimeException {

    /** What went wrong, from the admin's point of view. */
    public enum Reason {
        /** Nothing answered at the address: wrong host or port, server down, firewall. */
        UNREACHABLE,
        /** The connection stood but no answer came in time. */
        TIMED_OUT,
        /** TLS failed, usually because the server's certificate is not trusted. */
        UNTRUSTED_CERTIFICATE,
        /** 401 or 403: wrong credentials, missing TOTP code, or not a staff account. */
        REJECTED,
        /** Another error the server explained with a problem+json body. */
        PROBLEM,
        /** An answer that is not the admin API's, for instance a web page from the wrong port. */
        UNEXPECTED_ANSWER
    }

    private final Reason reason;
    private final int status;
    private final transient Problem problem;

    AdminApiException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.status = 0;
        this.problem = null;
    }

    AdminApiException(Reason reason, int status, Optional<Problem> problem, String message) {
        super(message);
        this.reason = reason;
        this.status = status;
        this.problem = problem.orElse(null);
    }

    /** An answer with an HTTP status, as the client produces it; public so that callers can test their mapping. */
    public static AdminApiException answered(Reason reason, int status, Optional<Problem> problem) {
        String title = problem.map(Problem::title).orElse("no problem body");
        return new AdminApiException(reason, status, problem, "HTTP " + status + ": " + title);
    }

    /** A failure before any answer, with its cause; public so that callers can test their mapping. */
    public static AdminApiException failed(Reason reason, Throwable cause) {
        return new AdminApiException(reason, reason + ": " + cause, cause);
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status of the answer, or 0 when none came. */
    public int status() {
        return status;
    }

    /** The server's explanation, when it sent a problem+json body. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }
}
