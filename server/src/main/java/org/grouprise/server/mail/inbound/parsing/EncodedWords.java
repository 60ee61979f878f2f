package org.grouprise.server.mail.inbound.parsing;

import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;

import java.io.UnsupportedEncodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the RFC 2047 encoded words that Jakarta Mail leaves alone: those glued to other text (such as
 * {@code Re:=?UTF-8?Q?...?=}), which several clients write, and names encoded so instead of by RFC 2231.
 */
final class EncodedWords {
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?[^?\\s]{1,40}\\?[bBqQ]\\?[^?\\s]*\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

    private EncodedWords() {
    }

    static String decode(String text) {
        if (!text.contains("=?")) {
            return text;
        }
        // Whitespace between two encoded words is folding, not text (RFC 2047, section 6.2).
        Matcher matcher = ENCODED_WORD.matcher(BETWEEN_WORDS.matcher(text).replaceAll("$1$2"));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(word(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String word(String encoded) {
        try {
            return MimeUtility.decodeWord(encoded);
        } catch (ParseException | UnsupportedEncodingException | RuntimeException e) {
            // An unknown charset or broken encoding: the raw word at least shows that something was there.
            return encoded;
        }
    }
}
