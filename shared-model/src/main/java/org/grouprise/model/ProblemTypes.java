package org.grouprise.model;

/**
 * The stable {@code type} URIs of the admin API's problems: clients branch on these, never on the
 * title, which may be reworded.
 */
public final class ProblemTypes {
    private static final String BASE = "urn:grouprise:problem:";
    /** The request body or a parameter is not what the endpoint accepts; see {@code errors}. */
    public static final String INVALID_REQUEST = BASE + "invalid-request";
    /** No bearer token, or one that is unknown, expired or revoked. */
    public static final String UNAUTHENTICATED = BASE + "unauthenticated";
    /** The username or password of a login is wrong. */
    public static final String INVALID_CREDENTIALS = BASE + "invalid-credentials";
    /** Too many failed logins for the account or the client address; try again later. */
    public static final String RATE_LIMITED = BASE + "rate-limited";
    /** The account is not (or no longer) staff. */
    public static final String NOT_STAFF = BASE + "not-staff";
    /** No endpoint or no item at this path. */
    public static final String NOT_FOUND = BASE + "not-found";
    /** The endpoint exists but not for this HTTP method; see the {@code Allow} header. */
    public static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";
    /** The item is not in a state that allows the action (for example retrying a mail that did not fail). */
    public static final String CONFLICT = BASE + "conflict";
    /** The server failed; its log holds the details. */
    public static final String SERVER_ERROR = BASE + "server-error";

    private ProblemTypes() {
    }
}
