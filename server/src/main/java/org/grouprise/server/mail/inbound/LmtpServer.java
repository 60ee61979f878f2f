package org.grouprise.server.mail.inbound;

import org.grouprise.server.config.Listener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.subethamail.smtp.server.SMTPServer;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The LMTP listener (RFC 2033) the local mail server delivers to. Which recipients exist and what
 * happens to their copies is decided by the {@link InboundRecipients} and {@link InboundDelivery} given.
 */
public final class LmtpServer implements AutoCloseable {
    private static final Logger LOGGER = LoggerFactory.getLogger(LmtpServer.class);
    private static final long HEADER_ALLOWANCE = 1024L * 1024L;

    private final SMTPServer server;

    private LmtpServer(SMTPServer server) {
        this.server = server;
    }

    /**
     * Binds to {@code listener} and starts answering; {@code hostName} is the name in the greeting
     * and in the LHLO reply.
     */
    public static LmtpServer start(Listener listener, String hostName, int maxMessageSize,
            InboundRecipients recipients, InboundDelivery delivery) {
        LmtpSessions sessions = new LmtpSessions();
        SMTPServer server = SMTPServer.port(listener.port())
            .bindAddress(address(listener.host()))
            .hostName(hostName)
            .softwareName("grouprise")
            .maxMessageSize(maxMessageSize)
            .messageHandlerFactory(context -> new LmtpTransaction())
            .sessionHandler(sessions)
            .build();
        new LmtpCommands(hostName, maxMessageSize, recipients, delivery, sessions)
            .register(server.getCommandHandler());
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot listen for LMTP on " + listener.host() + ":" + listener.port()
                + ": " + e.getMessage() + " (check lmtp.host and lmtp.port)", e);
        }
        LmtpServer lmtp = new LmtpServer(server);
        LOGGER.info("LMTP listening on {}:{}", listener.host(), lmtp.port());
        return lmtp;
    }

    /**
     * The largest message accepted: an upload of {@code uploadMaxFileSizeBytes} encoded in base64
     * (4/3 of its size) plus room for the text and headers around it.
     */
    public static int maxMessageSize(long uploadMaxFileSizeBytes) {
        return (int) Math.min(Integer.MAX_VALUE, uploadMaxFileSizeBytes / 3 * 4 + HEADER_ALLOWANCE);
    }

    /** The bound port (the one the system chose when the listener asked for port 0). */
    public int port() {
        return server.getPort() == 0 ? server.getPortAllocated() : server.getPort();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("lmtp.host '" + host + "' is not a known host name or address", e);
        }
    }
}
