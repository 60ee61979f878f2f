package org.grouprise.server.mail.outbound;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One mail to one recipient, as a feature hands it to the {@link MailOutbox}.
 *
 * @param fromAddress the sender address; also the envelope sender that bounces go to
 * @param fromName the sender's display name, may be empty
 * @param to the recipient address
 * @param subject the subject, any Unicode text
 * @param textBody the plain text body
 * @param htmlBody an HTML alternative to the text body
 * @param headers extra headers such as {@code Reply-To} or {@code List-Id}, in order
 * @param autoSubmitted whether to mark the mail {@code Auto-Submitted: auto-generated} (RFC 3834)
 */
public record OutgoingMail(
        String fromAddress,
        String fromName,
        String to,
        String subject,
        String textBody,
        Optional<String> htmlBody,
        Map<String, String> headers,
        boolean autoSubmitted) {

    public OutgoingMail {
        Objects.requireNonNull(fromAddress, "fromAddress");
        Objects.requireNonNull(fromName, "fromName");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
        headers = copyInOrder(headers);
    }

    /** A plain text mail without extra headers. */
    public static OutgoingMail plainText(String fromAddress, String fromName, String to, String subject,
            String textBody) {
        return new OutgoingMail(fromAddress, fromName, to, subject, textBody, Optional.empty(), Map.of(), false);
    }

    /** This mail with an HTML alternative to its text body. */
    public OutgoingMail withHtmlBody(String html) {
        return new OutgoingMail(fromAddress, fromName, to, subject, textBody, Optional.of(html), headers,
            autoSubmitted);
    }

    /** This mail with one more header. */
    public OutgoingMail withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingMail(fromAddress, fromName, to, subject, textBody, htmlBody, more, autoSubmitted);
    }

    /** This mail marked as sent by a machine, so that vacation responders stay quiet. */
    public OutgoingMail asAutoSubmitted() {
        return new OutgoingMail(fromAddress, fromName, to, subject, textBody, htmlBody, headers, true);
    }

    private static Map<String, String> copyInOrder(Map<String, String> headers) {
        Map<String, String> copy = new LinkedHashMap<>();
        headers.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "header name"),
            Objects.requireNonNull(value, "value of header " + name)));
        return Collections.unmodifiableMap(copy);
    }
}
