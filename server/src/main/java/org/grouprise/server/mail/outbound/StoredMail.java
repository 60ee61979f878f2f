package org.grouprise.server.mail.outbound;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * A mail in the outbox with its text, for an operator who has no SMTP server to read it from.
 *
 * @param message the RFC 822 message as it is (or would be) sent, with CRLF line ends
 */
public record StoredMail(OutboxEntry entry, String message) {
    private static final List<String> SHOWN_HEADERS = List.of("From", "To", "Reply-To", "Subject", "Date");

    /**
     * The main headers and the plain text body, decoded (no quoted-printable line breaks inside
     * links), as a person would read the mail.
     */
    public String readable() {
        try {
            MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
            StringBuilder text = new StringBuilder();
            for (String name : SHOWN_HEADERS) {
                String value = name.equals("Subject") ? parsed.getSubject() : parsed.getHeader(name, ", ");
                if (value != null) {
                    text.append(name).append(": ").append(value).append('\n');
                }
            }
            return text.append('\n').append(plainText(parsed).replace("\r\n", "\n")).toString();
        } catch (MessagingException | IOException e) {
            throw new MailException("Mail " + entry.id() + " in the outbox cannot be parsed: " + e.getMessage(), e);
        }
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
