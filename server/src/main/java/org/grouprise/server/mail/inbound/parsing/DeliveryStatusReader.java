package org.grouprise.server.mail.inbound.parsing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code message/delivery-status} part of a bounce (RFC 3464): the first recipient it reports on. */
final class DeliveryStatusReader {

    private DeliveryStatusReader() {
    }

    static Optional<DeliveryStatus> read(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n");
        String[] blocks = text.strip().split("\n\\s*\n");
        // The first block is about the message; each further one is about one recipient.
        for (int i = 1; i < blocks.length; i++) {
            Map<String, String> fields = fields(blocks[i]);
            String recipient = afterType(fields.getOrDefault("final-recipient", ""));
            String status = fields.getOrDefault("status", "").split("\\s", 2)[0];
            if (!recipient.isEmpty() && status.matches("[245]\\.\\d{1,3}\\.\\d{1,3}")) {
                return Optional.of(new DeliveryStatus(recipient.replaceAll("^<|>$", ""),
                    fields.getOrDefault("action", "").toLowerCase(Locale.ROOT), status,
                    afterType(fields.getOrDefault("diagnostic-code", ""))));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> fields(String block) {
        Map<String, String> fields = new HashMap<>();
        String name = null;
        for (String line : block.split("\n")) {
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && name != null) {
                fields.merge(name, " " + line.strip(), String::concat);
            } else if (line.indexOf(':') > 0) {
                name = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                fields.put(name, line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return fields;
    }

    /** A typed value such as {@code rfc822; anna@example.net} without its type. */
    private static String afterType(String value) {
        return value.substring(value.indexOf(';') + 1).strip();
    }
}
