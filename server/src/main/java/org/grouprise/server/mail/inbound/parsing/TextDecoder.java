package org.grouprise.server.mail.inbound.parsing;

import jakarta.mail.internet.MimeUtility;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a text part's bytes into a string, as forgiving of wrong or missing charsets as mail clients are. */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes} in the {@code declared} charset. A missing, unknown or ASCII charset is read as
     * UTF-8 when the bytes are valid UTF-8, else as Windows-1252; ISO-8859-1 as its superset Windows-1252
     * (as browsers do, because clients label Windows text so); UTF-8 that is not valid as Windows-1252.
     */
    static String decode(byte[] bytes, String declared) {
        Charset charset = charset(declared);
        String text;
        if (charset == null || charset.equals(StandardCharsets.US_ASCII) || charset.equals(StandardCharsets.UTF_8)) {
            text = strictUtf8(bytes);
        } else if (charset.equals(StandardCharsets.ISO_8859_1)) {
            text = new String(bytes, WINDOWS_1252);
        } else {
            text = new String(bytes, charset);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Charset charset(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String name = declared.strip();
        try {
            // Java's own names first: Jakarta's MIME table maps US-ASCII to ISO-8859-1, which hides UTF-8.
            return Charset.isSupported(name) ? Charset.forName(name) : Charset.forName(MimeUtility.javaCharset(name));
        } catch (IllegalArgumentException e) {
            // Unknown or misspelt names (such as "utf8mb4" or "latin-1") fall back like a missing charset.
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }
}
