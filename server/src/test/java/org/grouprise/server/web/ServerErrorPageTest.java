package org.grouprise.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.grouprise.server.db.Database;
import org.grouprise.server.testsupport.MutableClock;
import org.grouprise.server.testsupport.TestDatabases;
import org.grouprise.server.testsupport.WebClient;
import org.grouprise.server.testsupport.WebClient.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A handler that fails: the visitor sees a page with a request id, the log has the error once. */
class ServerErrorPageTest {
    @TempDir
    Path folder;

    private Database database;
    private WebServer server;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void start() {
        database = Database.open(TestDatabases.fresh(folder), List.of(SessionMapper.class));
        Router router = new Router().get("/stadt/boom/", request -> {
            throw new IllegalStateException("secret internal detail");
        });
        StaticAssets assets = StaticAssets.bundled();
        SessionStore sessions = new SessionStore(database.mapper(SessionMapper.class), database.transactions(),
            new MutableClock(Instant.parse("2026-12-01T10:00:00Z")), Duration.ofDays(14));
        WebApp app = new WebApp(router, new Templates(assets), assets, sessions, personId -> Optional.empty(),
            new WebApp.WebSettings(false, false, Locale.ENGLISH), new ObjectMapper());
        server = WebServer.start("127.0.0.1", 0, app);
        log.start();
        ((Logger) LoggerFactory.getLogger(WebApp.class)).addAppender(log);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(WebApp.class)).detachAppender(log);
        server.close();
        database.close();
    }

    @Test
    void failingHandlerShowsARequestIdAndLogsTheErrorOnce() {
        WebClient browser = new WebClient(() -> "http://127.0.0.1:" + server.port()).acceptLanguage("en");

        Page page = browser.get("/stadt/boom/");

        String requestId = page.document().selectFirst("main .muted").text().replace("Request id: ", "");
        List<ILoggingEvent> errors = log.list.stream().filter(event -> event.getLevel() == Level.ERROR).toList();
        assertThat(page.status()).isEqualTo(500);
        assertThat(page.body()).doesNotContain("secret internal detail").doesNotContain("IllegalStateException");
        assertThat(requestId).matches("[0-9a-f]{12}");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getFormattedMessage()).contains(requestId);
        assertThat(errors.get(0).getThrowableProxy().getMessage()).isEqualTo("secret internal detail");
    }
}
