package org.grouprise.server.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.util.Headers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request as a route handler sees it: parameters, the form, the session and the logged-in
 * viewer. Session changes (login, logout, messages for the next page) are written by the web layer
 * when the response goes out.
 */
public final class WebRequest {
    private final HttpServerExchange exchange;
    private final Map<String, String> pathParameters;
    private final FormData form;
    private final SessionContext sessionContext;
    private final ClientAddress clientAddress;

    WebRequest(HttpServerExchange exchange, Map<String, String> pathParameters, FormData form,
            SessionContext sessionContext, ClientAddress clientAddress) {
        this.exchange = exchange;
        this.pathParameters = Map.copyOf(pathParameters);
        this.form = form;
        this.sessionContext = sessionContext;
        this.clientAddress = clientAddress;
    }

    public String method() {
        return exchange.getRequestMethod().toString();
    }

    public String path() {
        return exchange.getRequestPath();
    }

    /** The path with its query string, as a {@code next} target after login. */
    public String pathAndQuery() {
        String query = exchange.getQueryString();
        return query == null || query.isEmpty() ? path() : path() + "?" + query;
    }

    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route has no path parameter '" + name + "'");
        }
        return value;
    }

    public Optional<String> query(String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** A form field's value, or the empty string when the form lacks it. */
    public String form(String name) {
        return formValue(name).orElse("");
    }

    public Optional<String> formValue(String name) {
        if (form == null || !form.contains(name)) {
            return Optional.empty();
        }
        FormData.FormValue value = form.getFirst(name);
        return value.isFileItem() ? Optional.empty() : Optional.of(value.getValue());
    }

    /**
     * The file sent in a multipart form's field; empty when the form has no such field or the person
     * chose no file (browsers then send an empty part without a name).
     */
    public Optional<Upload> upload(String name) {
        if (form == null || !form.contains(name)) {
            return Optional.empty();
        }
        FormData.FormValue value = form.getFirst(name);
        if (!value.isFileItem()) {
            return Optional.empty();
        }
        FormData.FileItem item = value.getFileItem();
        long size = fileSize(item);
        String fileName = Optional.ofNullable(value.getFileName()).orElse("");
        if (size == 0 && fileName.isEmpty()) {
            return Optional.empty();
        }
        String type = Optional.ofNullable(value.getHeaders().getFirst(Headers.CONTENT_TYPE)).orElse("");
        return Optional.of(new Upload(fileName, type, size, item::getInputStream));
    }

    private static long fileSize(FormData.FileItem item) {
        try {
            return item.getFileSize();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of an uploaded file", e);
        }
    }

    /** Whether an HTML checkbox of this name was checked. */
    public boolean checkbox(String name) {
        return formValue(name).map(value -> !value.isEmpty() && !value.equals("false")).orElse(false);
    }

    public List<String> formValues(String name) {
        List<String> values = new ArrayList<>();
        if (form != null && form.contains(name)) {
            form.get(name).stream().filter(value -> !value.isFileItem()).forEach(value -> values.add(value.getValue()));
        }
        return values;
    }

    /**
     * The body of a request that is not a form (a JSON API call), read as UTF-8 text of at most
     * {@code maxBytes}; a larger one is a 413.
     */
    public String bodyText(int maxBytes) {
        try {
            byte[] body = exchange.getInputStream().readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw HttpError.payloadTooLarge("body over " + maxBytes + " bytes");
            }
            return new String(body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw HttpError.badRequest("unreadable body");
        }
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    public Optional<String> acceptLanguage() {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE));
    }

    /** The visitor's address, taken from the reverse proxy's header when one is configured and trusted. */
    public String clientAddress() {
        return clientAddress.of(exchange);
    }

    public Optional<Viewer> viewer() {
        return sessionContext.viewer();
    }

    /** The logged-in viewer; an anonymous visitor is sent to the login page and back. */
    public Viewer requireViewer() {
        return viewer().orElseThrow(HttpError::loginRequired);
    }

    public Locale locale() {
        return sessionContext.locale();
    }

    public Messages messages() {
        return sessionContext.messages();
    }

    /** Shows a message once on the next page this visitor sees. */
    public void flash(String messageKey, Object... arguments) {
        sessionContext.flash(messages().get(messageKey, arguments));
    }

    /** Logs the person in on a new session identifier; {@code remember} keeps the cookie after the browser closes. */
    public void logIn(long personId, boolean remember) {
        sessionContext.logIn(personId, remember);
    }

    public void logOut() {
        sessionContext.logOut();
    }

    /** Chooses the page language for this session. */
    public void chooseLanguage(Locale language) {
        sessionContext.chooseLanguage(language);
    }

    public String csrfToken() {
        return sessionContext.csrfToken();
    }
}
