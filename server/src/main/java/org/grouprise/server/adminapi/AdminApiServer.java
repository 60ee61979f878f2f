package org.grouprise.server.adminapi;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.BlockingHandler;
import org.grouprise.server.config.Listener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;

/** The admin API's own Undertow listener: HTTPS only, handlers on worker threads. */
public final class AdminApiServer implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(AdminApiServer.class);

    private final Undertow undertow;
    private final AdminCertificate certificate;

    private AdminApiServer(Undertow undertow, AdminCertificate certificate) {
        this.undertow = undertow;
        this.certificate = certificate;
    }

    /** Binds the listener; port 0 picks a free port (tests). */
    public static AdminApiServer start(Listener listener, AdminCertificate certificate, AdminApi api) {
        Undertow undertow = Undertow.builder()
            .addHttpsListener(listener.port(), listener.host(), certificate.sslContext())
            .setServerOption(UndertowOptions.ALWAYS_SET_DATE, true)
            .setHandler(new BlockingHandler(api.router()))
            .build();
        undertow.start();
        AdminApiServer server = new AdminApiServer(undertow, certificate);
        LOGGER.info("Admin API listening on https://{}:{}/ (certificate SHA-256 {})", listener.host(), server.port(),
            certificate.fingerprint());
        return server;
    }

    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    /** The SHA-256 fingerprint of the certificate the listener presents. */
    public String fingerprint() {
        return certificate.fingerprint();
    }

    @Override
    public void close() {
        undertow.stop();
    }
}
