package org.grouprise.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormEncodedDataDefinition;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.server.handlers.form.MultiPartParserDefinition;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import org.grouprise.server.security.SecureTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Handles every request of the web listener: moves it off the IO thread, reads the session, routes
 * it, checks the CSRF token of every state change, calls the handler, renders its answer, and maps
 * errors to pages that show a request id but no internals.
 */
public final class WebApp implements HttpHandler {
    /** The form field and header that carry the CSRF token, named as in Django. */
    public static final String CSRF_FIELD = "csrfmiddlewaretoken";
    private static final String CSRF_HEADER = "X-CSRFToken";
    private static final Logger LOGGER = LoggerFactory.getLogger(WebApp.class);
    private static final long MAX_FORM_BYTES = 1024 * 1024;
    /** Room for the other fields and the part headers of a form that carries one file. */
    private static final long MULTIPART_OVERHEAD_BYTES = 64 * 1024;

    private final Router router;
    private final Templates templates;
    private final StaticAssets assets;
    private final SessionStore sessions;
    private final ViewerLookup viewers;
    private final WebSettings settings;
    private final ObjectMapper json;
    private final FormParserFactory formParsers;
    private final SecureRandom random = new SecureRandom();

    public WebApp(Router router, Templates templates, StaticAssets assets, SessionStore sessions, ViewerLookup viewers,
            WebSettings settings, ObjectMapper json) {
        this.router = router;
        this.templates = templates;
        this.assets = assets;
        this.sessions = sessions;
        this.viewers = viewers;
        this.settings = settings;
        this.json = json;
        this.formParsers = formParsers(settings);
    }

    /** URL-encoded forms, and multipart forms whose files go to temporary files, never into memory. */
    private static FormParserFactory formParsers(WebSettings settings) {
        try {
            Files.createDirectories(settings.uploadFolder());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the upload folder " + settings.uploadFolder()
                + "; check that the data_path is writable", e);
        }
        MultiPartParserDefinition multipart = new MultiPartParserDefinition(settings.uploadFolder())
            .setDefaultEncoding("UTF-8");
        multipart.setFileSizeThreshold(0);
        multipart.setMaxIndividualFileSize(settings.uploadMaxBytes());
        return FormParserFactory.builder(false)
            .addParsers(new FormEncodedDataDefinition().setDefaultEncoding("UTF-8"), multipart)
            .withDefaultCharset("UTF-8")
            .build();
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        exchange.startBlocking();
        String requestId = HexFormat.of().formatHex(randomBytes(6));
        MDC.put("requestId", requestId);
        try {
            SecurityHeaders.apply(exchange, settings.transportSecurityOn());
            if (exchange.getRequestPath().startsWith("/static/")) {
                serveAsset(exchange);
                return;
            }
            handleRoute(exchange, requestId);
        } finally {
            MDC.remove("requestId");
            exchange.endExchange();
        }
    }

    private void handleRoute(HttpServerExchange exchange, String requestId) throws IOException {
        SessionContext session;
        try {
            session = new SessionContext(sessions, viewers, settings.cookie(), settings.defaultLocale(), exchange);
        } catch (RuntimeException e) {
            LOGGER.error("Request {} {} failed before routing (request id {})", exchange.getRequestMethod(),
                exchange.getRequestPath(), requestId, e);
            sendPlainError(exchange, 500, requestId);
            return;
        }
        Response response;
        try {
            response = route(exchange, session);
        } catch (HttpError e) {
            response = errorResponse(e, exchange);
        } catch (RuntimeException e) {
            LOGGER.error("Request {} {} failed (request id {})", exchange.getRequestMethod(),
                exchange.getRequestPath(), requestId, e);
            response = Response.page("error.ftlh", Map.of("status", 500, "requestId", requestId), 500);
        }
        send(exchange, response, session, requestId);
    }

    private Response route(HttpServerExchange exchange, SessionContext session) throws IOException {
        Router.Match match = router.match(exchange.getRequestMethod().toString(), exchange.getRequestPath());
        if (match.handler().isEmpty()) {
            if (!match.allowedMethods().isEmpty()) {
                exchange.getResponseHeaders().put(Headers.ALLOW, String.join(", ", match.allowedMethods()));
                throw HttpError.methodNotAllowed("method " + exchange.getRequestMethod());
            }
            throw HttpError.notFound("no route");
        }
        FormData form = isStateChanging(exchange) ? parseForm(exchange) : null;
        try {
            if (isStateChanging(exchange)) {
                checkCsrf(exchange, form, session);
            }
            WebRequest request = new WebRequest(exchange, match.pathParameters(), form, session,
                settings.clientAddress());
            return match.handler().get().handle(request);
        } finally {
            // The handler is done with the uploads: they go before the answer does, whatever it is.
            if (form != null) {
                deleteUploads(form);
            }
        }
    }

    private static boolean isStateChanging(HttpServerExchange exchange) {
        HttpString method = exchange.getRequestMethod();
        return !(method.equals(Methods.GET) || method.equals(Methods.HEAD) || method.equals(Methods.OPTIONS));
    }

    private FormData parseForm(HttpServerExchange exchange) {
        boolean multipart = isMultipart(exchange);
        long limit = multipart ? settings.uploadMaxBytes() + MULTIPART_OVERHEAD_BYTES : MAX_FORM_BYTES;
        if (exchange.getRequestContentLength() > limit) {
            throw tooLarge(multipart);
        }
        exchange.setMaxEntitySize(limit);
        // The parser is not closed here: closing deletes the uploaded files, which the handler still reads.
        FormDataParser parser = formParsers.createParser(exchange);
        if (parser == null) {
            return new FormData(0);
        }
        try {
            return parser.parseBlocking();
        } catch (IOException e) {
            // A body over the limit, or a connection that broke off: the handler does not run, nothing changes.
            LOGGER.debug("Cannot read the form of {} {}", exchange.getRequestMethod(), exchange.getRequestPath(), e);
            throw isTooBig(e) ? tooLarge(multipart) : HttpError.badRequest("unreadable form");
        }
    }

    private static boolean isMultipart(HttpServerExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MultiPartParserDefinition.MULTIPART_FORM_DATA);
    }

    private static HttpError tooLarge(boolean multipart) {
        return multipart ? HttpError.payloadTooLarge("upload too large") : HttpError.badRequest("form too large");
    }

    private static boolean isTooBig(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestTooBigException
                    || cause instanceof MultiPartParserDefinition.FileTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** Deletes the request's temporary upload files; Undertow's own clean-up runs later, on another thread. */
    private static void deleteUploads(FormData form) {
        for (String name : form) {
            for (FormData.FormValue value : form.get(name)) {
                if (value.isFileItem() && !value.getFileItem().isInMemory()) {
                    try {
                        Files.deleteIfExists(value.getFileItem().getFile());
                    } catch (IOException e) {
                        Path file = value.getFileItem().getFile();
                        LOGGER.warn("Cannot delete the upload file {}; delete it by hand", file, e);
                    }
                }
            }
        }
    }

    /** A state change without the session's token is refused before the handler runs, so it changes nothing. */
    private static void checkCsrf(HttpServerExchange exchange, FormData form, SessionContext session) {
        String sent = Optional.ofNullable(exchange.getRequestHeaders().getFirst(CSRF_HEADER))
            .or(() -> Optional.ofNullable(form).filter(data -> data.contains(CSRF_FIELD))
                .map(data -> data.getFirst(CSRF_FIELD).getValue()))
            .orElse("");
        if (!session.hasSession() || sent.isEmpty() || !SecureTokens.constantTimeEquals(sent, session.csrfToken())) {
            LOGGER.info("Refused {} {}: missing or wrong CSRF token", exchange.getRequestMethod(),
                exchange.getRequestPath());
            throw HttpError.forbidden("csrf");
        }
    }

    private Response errorResponse(HttpError error, HttpServerExchange exchange) {
        if (error.status() == 401) {
            String next = exchange.getRequestPath() + (exchange.getQueryString().isEmpty()
                ? "" : "?" + exchange.getQueryString());
            return Response.redirect("/stadt/login/?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        if (error.status() == 413) {
            return Response.page("error.ftlh", Map.of("status", 413, "reason", error.getMessage(),
                "limitMegabytes", Math.max(1, settings.uploadMaxBytes() / (1024 * 1024))), 413);
        }
        return Response.page("error.ftlh", Map.of("status", error.status(), "reason", error.getMessage()),
            error.status());
    }

    private void send(HttpServerExchange exchange, Response response, SessionContext session, String requestId)
            throws IOException {
        byte[] body;
        int status;
        String contentType;
        try {
            if (response instanceof Response.Page page) {
                body = renderPage(exchange, page, session).getBytes(StandardCharsets.UTF_8);
                status = page.status();
                contentType = "text/html; charset=utf-8";
            } else if (response instanceof Response.File file) {
                session.finish(exchange);
                sendFile(exchange, file);
                return;
            } else if (response instanceof Response.Text text) {
                body = text.body().getBytes(StandardCharsets.UTF_8);
                status = text.status();
                contentType = text.contentType();
            } else if (response instanceof Response.Json value) {
                body = json.writeValueAsBytes(value.body());
                status = value.status();
                contentType = "application/json";
            } else {
                Response.Redirect redirect = (Response.Redirect) response;
                exchange.getResponseHeaders().put(Headers.LOCATION, redirect.location());
                body = new byte[0];
                status = redirect.status();
                contentType = "text/plain; charset=utf-8";
            }
            session.finish(exchange);
        } catch (RuntimeException e) {
            LOGGER.error("Rendering the answer to {} {} failed (request id {})", exchange.getRequestMethod(),
                exchange.getRequestPath(), requestId, e);
            sendPlainError(exchange, 500, requestId);
            return;
        }
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.setResponseContentLength(body.length);
        if (!exchange.getRequestMethod().equals(Methods.HEAD)) {
            exchange.getOutputStream().write(body);
        }
    }

    private static void sendFile(HttpServerExchange exchange, Response.File file) throws IOException {
        long size;
        try {
            size = Files.size(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.path(), e);
        }
        exchange.setStatusCode(200);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, file.contentType());
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, file.cacheControl());
        exchange.setResponseContentLength(size);
        if (!exchange.getRequestMethod().equals(Methods.HEAD)) {
            Files.copy(file.path(), exchange.getOutputStream());
        }
    }

    private String renderPage(HttpServerExchange exchange, Response.Page page, SessionContext session) {
        return templates.render(page.template(), page.model(), new Templates.PageContext() {
            @Override
            public Messages messages() {
                return session.messages();
            }

            @Override
            public Optional<Viewer> viewer() {
                return session.viewer();
            }

            @Override
            public String csrfToken() {
                return session.csrfToken();
            }

            @Override
            public String path() {
                return exchange.getRequestPath();
            }

            @Override
            public List<String> flash() {
                return session.takeFlash();
            }
        });
    }

    private void serveAsset(HttpServerExchange exchange) throws IOException {
        String name = exchange.getRequestPath().substring("/static/".length());
        Optional<StaticAssets.Asset> asset = assets.find(name);
        if (asset.isEmpty()) {
            exchange.setStatusCode(404);
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, asset.get().contentType());
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "public, max-age=31536000, immutable");
        exchange.setResponseContentLength(asset.get().content().length);
        exchange.getOutputStream().write(asset.get().content());
    }

    /** The last resort when even the error page cannot be rendered. */
    private static void sendPlainError(HttpServerExchange exchange, int status, String requestId) throws IOException {
        if (exchange.isResponseStarted()) {
            return;
        }
        byte[] body = ("Internal error. Request id: " + requestId).getBytes(StandardCharsets.UTF_8);
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getOutputStream().write(body);
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    /**
     * What the web layer takes from the settings; {@code uploadMaxBytes} limits a multipart body
     * ({@code upload_max_file_size}), whose files are parked in {@code uploadFolder} while the request runs.
     */
    public record WebSettings(boolean transportSecurityOn, boolean behindProxy, Locale defaultLocale,
            long uploadMaxBytes, Path uploadFolder) {

        /** Settings with grouprise's default upload limit of 10 MB and the system's temporary folder. */
        public WebSettings(boolean transportSecurityOn, boolean behindProxy, Locale defaultLocale) {
            this(transportSecurityOn, behindProxy, defaultLocale, 10L * 1024 * 1024,
                Path.of(System.getProperty("java.io.tmpdir")));
        }

        SessionContext.SessionCookie cookie() {
            return new SessionContext.SessionCookie(transportSecurityOn);
        }

        ClientAddress clientAddress() {
            return new ClientAddress(behindProxy);
        }
    }
}
