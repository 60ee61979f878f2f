package org.grouprise.server.mail.inbound.parsing;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a received mail into an {@link IncomingMail}. Thread-safe: one parser serves the whole server.
 *
 * <p>Every limit below is checked before the mail is stored; a mail over a limit raises a
 * {@link MailParseException} whose reason the LMTP layer maps to its reply code.
 */
public final class MailParser {
    /** The header section at most, as Postfix's default {@code header_size_limit}. */
    public static final int MAX_HEADER_BYTES = 100 * 1024;
    /**
     * The longest line at most, in bytes. RFC 5322 allows 998, but HTML written on one line by mass mailers
     * and some clients is far longer; this only refuses what no client sends.
     */
    public static final int MAX_LINE_BYTES = 256 * 1024;
    /** MIME parts at most, counting every multipart container and leaf. */
    public static final int MAX_PARTS = 100;
    /** MIME nesting at most; real clients nest four deep (mixed, related, alternative, text). */
    public static final int MAX_DEPTH = 10;
    /** The text to store at most, in characters, after quoted history and signature are removed. */
    public static final int MAX_TEXT_CHARS = 500_000;

    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^<>\\s]*@[^<>\\s]*)>");

    private final Session session;

    /** A parser with the limits above. */
    public MailParser() {
        Properties properties = new Properties();
        // Real clients send raw UTF-8 headers, encoded words inside words and unquoted parameters.
        properties.setProperty("mail.mime.allowutf8", "true");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.decodefilename", "true");
        properties.setProperty("mail.mime.decodeparameters", "true");
        properties.setProperty("mail.mime.parameters.strict", "false");
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.base64.ignoreerrors", "true");
        properties.setProperty("mail.mime.ignoreunknownencoding", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        properties.setProperty("mail.mime.multipart.allowempty", "true");
        session = Session.getInstance(properties);
    }

    /**
     * Reads {@code rfc822}, the message bytes as the LMTP client sent them.
     *
     * @throws MailParseException when the message is malformed or exceeds one of the limits
     */
    public IncomingMail parse(byte[] rfc822) {
        checkLines(rfc822);
        try {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(rfc822));
            return read(message);
        } catch (MailParseException e) {
            throw e;
        } catch (MessagingException | IOException | RuntimeException e) {
            // Jakarta Mail also fails with unchecked exceptions on some broken input; all of it is malformed.
            throw new MailParseException(MailParseException.Reason.MALFORMED,
                "Cannot read the message: " + e.getMessage(), e);
        }
    }

    private IncomingMail read(MimeMessage message) throws MessagingException, IOException {
        MimeParts parts = MimeParts.of(message);
        String text = QuotedHistory.strip(parts.text());
        if (text.length() > MAX_TEXT_CHARS) {
            throw new MailParseException(MailParseException.Reason.TEXT_TOO_LONG,
                "The text has " + text.length() + " characters, more than " + MAX_TEXT_CHARS);
        }

        InternetAddress from = from(message);
        return new IncomingMail(from.getAddress() == null ? "" : from.getAddress(),
            from.getPersonal() == null ? "" : EncodedWords.decode(from.getPersonal().strip()), subject(message),
            firstId(message.getHeader("Message-ID", " ")), firstId(message.getHeader("In-Reply-To", " ")),
            ids(message.getHeader("References", " ")), date(message), text, parts.attachments(),
            Robots.automatic(message, from.getAddress()), parts.deliveryStatus());
    }

    private static void checkLines(byte[] bytes) {
        int lineStart = 0;
        boolean inHeader = true;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') {
                continue;
            }
            int end = i > lineStart && bytes[i - 1] == '\r' ? i - 1 : i;
            if (end - lineStart > MAX_LINE_BYTES) {
                throw new MailParseException(MailParseException.Reason.LINE_TOO_LONG,
                    "A line of " + (end - lineStart) + " bytes is longer than " + MAX_LINE_BYTES);
            }
            if (inHeader && end == lineStart) {
                inHeader = false;
            }
            if (inHeader && i > MAX_HEADER_BYTES) {
                throw new MailParseException(MailParseException.Reason.HEADER_TOO_LARGE,
                    "The header section is longer than " + MAX_HEADER_BYTES + " bytes");
            }
            lineStart = i + 1;
        }
    }

    private static InternetAddress from(MimeMessage message) throws MessagingException {
        String header = message.getHeader("From", ",");
        if (header == null || header.isBlank()) {
            return new InternetAddress();
        }
        try {
            Address[] addresses = InternetAddress.parseHeader(header, false);
            if (addresses.length > 0 && addresses[0] instanceof InternetAddress address) {
                return address;
            }
        } catch (AddressException e) {
            // Fall through: a broken From still usually holds one address in angle brackets.
        }
        Matcher matcher = ANGLE_ADDRESS.matcher(header);
        InternetAddress address = new InternetAddress();
        address.setAddress(matcher.find() ? matcher.group(1) : "");
        return address;
    }

    private static String subject(MimeMessage message) throws MessagingException {
        String subject = message.getSubject();
        return subject == null ? "" : EncodedWords.decode(subject.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
    }

    private static String firstId(String header) {
        if (header == null) {
            return "";
        }
        Matcher matcher = MESSAGE_ID.matcher(header);
        return matcher.find() ? matcher.group(1) : header.strip();
    }

    private static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find()) {
                ids.add(matcher.group(1));
            }
        }
        return ids;
    }

    private static Optional<Instant> date(MimeMessage message) {
        try {
            Date sent = message.getSentDate();
            return sent == null ? Optional.empty() : Optional.of(sent.toInstant());
        } catch (MessagingException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
