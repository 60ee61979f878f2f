package org.grouprise.console.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.grouprise.model.ApiPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on an ephemeral loopback port that answers the session path with whatever the test scripted,
 * and remembers the last request body; stands in for the admin API until the server has one.
 */
public final class ScriptedAdminServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int status = 500;
    private volatile String contentType = "text/plain";
    private volatile String body = "not scripted";
    private volatile boolean silent;
    private volatile String lastRequestBody = "";

    private ScriptedAdminServer(HttpServer server) {
        this.server = server;
    }

    public static ScriptedAdminServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ScriptedAdminServer scripted = new ScriptedAdminServer(http);
            http.createContext(ApiPaths.SESSION, scripted::handle);
            http.setExecutor(scripted.executor);
            http.start();
            return scripted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL the console is told to connect to. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void answer(int answerStatus, String answerContentType, String answerBody) {
        status = answerStatus;
        contentType = answerContentType;
        body = answerBody;
    }

    /** Accepts requests but never answers them, until the server is closed. */
    public void answerNever() {
        silent = true;
    }

    public String lastRequestBody() {
        return lastRequestBody;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        lastRequestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (silent) {
            awaitRelease();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void awaitRelease() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
