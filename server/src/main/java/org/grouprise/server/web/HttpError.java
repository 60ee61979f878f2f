package org.grouprise.server.web;

/**
 * Ends a request with an error page: 400, 403, 404, 405 or 413, or a redirect to the login page for an
 * anonymous visitor on a protected page (as grouprise does).
 */
public final class HttpError extends RuntimeException {
    private final int status;

    private HttpError(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public static HttpError notFound(String reason) {
        return new HttpError(404, reason);
    }

    public static HttpError forbidden(String reason) {
        return new HttpError(403, reason);
    }

    public static HttpError methodNotAllowed(String reason) {
        return new HttpError(405, reason);
    }

    public static HttpError badRequest(String reason) {
        return new HttpError(400, reason);
    }

    /** The body is larger than the site accepts ({@code upload_max_file_size}). */
    public static HttpError payloadTooLarge(String reason) {
        return new HttpError(413, reason);
    }

    /** The visitor must log in first; the web layer redirects to the login page and back. */
    public static HttpError loginRequired() {
        return new HttpError(401, "login required");
    }

    public int status() {
        return status;
    }
}
