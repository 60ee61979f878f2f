package org.grouprise.server.web;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.encoding.ContentEncodingRepository;
import io.undertow.server.handlers.encoding.EncodingHandler;
import io.undertow.server.handlers.encoding.GzipEncodingProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;

/** The Undertow listener for the web pages, with gzip for everything it sends. */
public final class WebServer implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(WebServer.class);

    private final Undertow undertow;

    private WebServer(Undertow undertow) {
        this.undertow = undertow;
    }

    /** Binds the listener; port 0 picks a free port (tests). */
    public static WebServer start(String host, int port, HttpHandler app) {
        HttpHandler gzip = new EncodingHandler(new ContentEncodingRepository()
            .addEncodingHandler("gzip", new GzipEncodingProvider(), 50)).setNext(app);
        Undertow undertow = Undertow.builder()
            .addHttpListener(port, host)
            .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, 64L * 1024 * 1024)
            .setServerOption(UndertowOptions.ALWAYS_SET_DATE, true)
            .setHandler(gzip)
            .build();
        undertow.start();
        WebServer server = new WebServer(undertow);
        LOGGER.info("Web server listening on http://{}:{}/", host, server.port());
        return server;
    }

    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    @Override
    public void close() {
        undertow.stop();
    }
}
