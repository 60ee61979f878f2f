package org.grouprise.server.mail.inbound.parsing;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Locale;
import java.util.Set;

/** Tells mail that a program sent (RFC 3834 and the headers autoresponders use in practice) from a person's. */
final class Robots {
    private static final Set<String> BULK = Set.of("bulk", "list", "junk");
    private static final Set<String> ROBOT_SENDERS = Set.of("mailer-daemon", "postmaster", "mailer_daemon");
    private static final String[] AUTORESPONDER_HEADERS = {"X-Autoresponder", "X-Autoreply", "X-Autorespond",
        "X-Auto-Response-Suppress"};

    private Robots() {
    }

    static boolean automatic(MimeMessage message, String fromAddress) throws MessagingException {
        String autoSubmitted = firstToken(message.getHeader("Auto-Submitted", ","));
        if (!autoSubmitted.isEmpty() && !autoSubmitted.equals("no")) {
            return true;
        }
        if (BULK.contains(firstToken(message.getHeader("Precedence", ",")))) {
            return true;
        }
        for (String header : AUTORESPONDER_HEADERS) {
            if (message.getHeader(header) != null) {
                return true;
            }
        }
        String returnPath = message.getHeader("Return-Path", ",");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return true;
        }
        String localPart = fromAddress == null ? "" : fromAddress.replaceAll("@.*", "").toLowerCase(Locale.ROOT);
        return ROBOT_SENDERS.contains(localPart) || message.isMimeType("multipart/report");
    }

    private static String firstToken(String header) {
        return header == null ? "" : header.replaceAll(";.*", "").strip().toLowerCase(Locale.ROOT);
    }
}
