package org.grouprise.server.mail.inbound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.subethamail.smtp.server.Session;
import org.subethamail.smtp.server.SessionHandler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows each LMTP connection: puts its id into the MDC as {@code lmtpSession} so that its log lines
 * can be told apart, counts what happened, and logs one summary line when it ends.
 */
final class LmtpSessions implements SessionHandler {
    static final String MDC_KEY = "lmtpSession";
    private static final Logger LOGGER = LoggerFactory.getLogger(LmtpSessions.class);

    private final Map<String, Counts> counts = new ConcurrentHashMap<>();

    @Override
    public SessionAcceptance accept(Session session) {
        MDC.put(MDC_KEY, session.getSessionId());
        counts.put(session.getSessionId(), new Counts());
        return SessionAcceptance.success();
    }

    @Override
    public void onSessionEnd(Session session) {
        Counts ended = counts.remove(session.getSessionId());
        if (ended != null) {
            LOGGER.info("LMTP session from {} ended: {} messages, {} recipients accepted, {} refused, "
                + "{} deliveries failed", session.getRemoteAddress().getAddress().getHostAddress(), ended.messages,
                ended.accepted, ended.refused, ended.failed);
        }
        MDC.remove(MDC_KEY);
    }

    /** The counters of a running session; only that session's thread touches them. */
    Counts of(Session session) {
        return counts.computeIfAbsent(session.getSessionId(), id -> new Counts());
    }

    /** What one session did, for its summary line. */
    static final class Counts {
        int messages;
        int accepted;
        int refused;
        int failed;
    }
}
