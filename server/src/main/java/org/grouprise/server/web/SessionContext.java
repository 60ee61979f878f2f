package org.grouprise.server.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The session state of one request: read from the cookie when the request starts, changed by the
 * handler (login, logout, messages, language), and written back once when the response goes out.
 */
final class SessionContext {
    private final SessionStore store;
    private final ViewerLookup viewers;
    private final SessionCookie cookie;
    private final Locale defaultLocale;
    private final String acceptLanguage;

    private Optional<WebSession> session;
    private Optional<Viewer> viewer;
    private Optional<String> newCookieValue = Optional.empty();
    private boolean rememberCookie;
    private boolean clearCookie;
    private boolean flashChanged;
    private boolean languageChanged;

    SessionContext(SessionStore store, ViewerLookup viewers, SessionCookie cookie, Locale defaultLocale,
            HttpServerExchange exchange) {
        this.store = store;
        this.viewers = viewers;
        this.cookie = cookie;
        this.defaultLocale = defaultLocale;
        this.acceptLanguage = exchange.getRequestHeaders().getFirst("Accept-Language");
        this.session = cookie.read(exchange).flatMap(store::find);
        this.viewer = session.flatMap(WebSession::personId).flatMap(viewers::find);
        if (session.isPresent() && session.get().personId().isPresent() && viewer.isEmpty()) {
            // The person was deleted or blocked: the session is worthless.
            store.delete(session.get());
            session = Optional.empty();
            clearCookie = true;
        }
        session.ifPresent(store::extendIfDue);
    }

    Optional<Viewer> viewer() {
        return viewer;
    }

    boolean hasSession() {
        return session.isPresent();
    }

    /** The session's CSRF token; a visitor without a session gets one now, since a form needs it. */
    String csrfToken() {
        return ensureSession().csrfToken();
    }

    Locale locale() {
        Optional<String> chosen = session.flatMap(WebSession::language)
            .or(() -> viewer.flatMap(Viewer::language));
        if (chosen.isPresent()) {
            return Locale.forLanguageTag(chosen.get());
        }
        return fromAcceptLanguage().orElse(defaultLocale);
    }

    Messages messages() {
        return Messages.of(locale());
    }

    void flash(String text) {
        ensureSession().flash().add(text);
        flashChanged = true;
    }

    /** The messages waiting for this page; they are shown once. */
    List<String> takeFlash() {
        if (session.isEmpty() || session.get().flash().isEmpty()) {
            return List.of();
        }
        List<String> messages = new ArrayList<>(session.get().flash());
        session.get().flash().clear();
        flashChanged = true;
        return messages;
    }

    void logIn(long personId, boolean remember) {
        SessionStore.NewSession created = store.rotate(session, personId);
        session = Optional.of(created.session());
        viewer = viewers.find(personId);
        newCookieValue = Optional.of(created.cookieValue());
        rememberCookie = remember;
        clearCookie = false;
    }

    void logOut() {
        session.ifPresent(store::delete);
        session = Optional.empty();
        viewer = Optional.empty();
        newCookieValue = Optional.empty();
        clearCookie = true;
    }

    void chooseLanguage(Locale language) {
        ensureSession().language(language.getLanguage());
        languageChanged = true;
    }

    /** Writes what changed: the cookie, the pending messages, the language. */
    void finish(HttpServerExchange exchange) {
        newCookieValue.ifPresent(value -> cookie.write(exchange, value,
            rememberCookie ? Optional.of(store.lifetime()) : Optional.empty()));
        if (clearCookie && newCookieValue.isEmpty()) {
            cookie.clear(exchange);
        }
        if (session.isPresent() && flashChanged) {
            store.saveFlash(session.get());
        }
        if (session.isPresent() && languageChanged) {
            store.saveLanguage(session.get());
        }
    }

    private WebSession ensureSession() {
        if (session.isEmpty()) {
            SessionStore.NewSession created = store.create(Optional.empty(), Optional.empty());
            session = Optional.of(created.session());
            newCookieValue = Optional.of(created.cookieValue());
            rememberCookie = false;
        }
        return session.get();
    }

    private Optional<Locale> fromAcceptLanguage() {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return Optional.ofNullable(Locale.lookup(ranges, Messages.SUPPORTED));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The session cookie's name and attributes. */
    static final class SessionCookie {
        private final String name;
        private final boolean secure;

        SessionCookie(boolean secure) {
            // The __Host- prefix makes browsers refuse the cookie unless it is secure, host-only and for "/".
            this.name = secure ? "__Host-grouprise_session" : "grouprise_session";
            this.secure = secure;
        }

        Optional<String> read(HttpServerExchange exchange) {
            Cookie found = exchange.getRequestCookie(name);
            return found == null || found.getValue().isBlank() ? Optional.empty() : Optional.of(found.getValue());
        }

        void write(HttpServerExchange exchange, String value, Optional<java.time.Duration> maxAge) {
            CookieImpl cookie = base(value);
            maxAge.ifPresent(age -> cookie.setMaxAge((int) Math.min(Integer.MAX_VALUE, age.toSeconds())));
            exchange.setResponseCookie(cookie);
        }

        void clear(HttpServerExchange exchange) {
            exchange.setResponseCookie(base("").setMaxAge(0));
        }

        private CookieImpl base(String value) {
            CookieImpl cookie = new CookieImpl(name, value);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setSecure(secure);
            cookie.setSameSiteMode("Lax");
            return cookie;
        }
    }
}
