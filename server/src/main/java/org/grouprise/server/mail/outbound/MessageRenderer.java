package org.grouprise.server.mail.outbound;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Renders an {@link OutgoingMail} to the complete message text that the outbox stores. */
final class MessageRenderer {
    private static final String UTF_8 = "UTF-8";
    private static final Pattern HEADER_NAME = Pattern.compile("[!-9;-~]+");
    private static final Set<String> OWN_HEADERS = Set.of("from", "to", "subject", "date", "message-id",
        "mime-version", "content-type", "content-transfer-encoding", "auto-submitted");

    private final Session session = Session.getInstance(new Properties());
    private final Clock clock;

    MessageRenderer(Clock clock) {
        this.clock = clock;
    }

    RenderedMail render(OutgoingMail mail) {
        InternetAddress from = address(mail.fromAddress(), mail.fromName());
        InternetAddress to = address(mail.to(), "");
        String messageId = "<" + UUID.randomUUID() + "@" + domainOf(from) + ">";
        try {
            MimeMessage message = new MessageWithId(session, messageId);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(mail.subject(), UTF_8);
            message.setSentDate(Date.from(clock.instant()));
            addHeaders(message, mail);
            setBody(message, mail);
            return new RenderedMail(messageId, to.getAddress(), from.getAddress(), mail.subject(), text(message));
        } catch (MessagingException | IOException e) {
            throw new MailException("Cannot render the mail to " + mail.to() + ": " + e.getMessage(), e);
        }
    }

    private static InternetAddress address(String address, String name) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (!name.isEmpty()) {
                parsed.setPersonal(name, UTF_8);
            }
            return parsed;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new MailException("Not a valid mail address: '" + address + "'", e);
        }
    }

    private static String domainOf(InternetAddress address) {
        String text = address.getAddress();
        return text.substring(text.lastIndexOf('@') + 1);
    }

    private static void addHeaders(MimeMessage message, OutgoingMail mail) throws MessagingException, IOException {
        if (mail.autoSubmitted()) {
            message.setHeader("Auto-Submitted", "auto-generated");
        }
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            String name = header.getKey();
            String value = header.getValue();
            if (!HEADER_NAME.matcher(name).matches() || OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new MailException("Cannot set the header '" + name + "'; the outbox sets it or it is invalid",
                    null);
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new MailException("The value of header " + name + " contains a line break", null);
            }
            message.addHeader(name, MimeUtility.fold(name.length() + 2, MimeUtility.encodeText(value, UTF_8, null)));
        }
    }

    private static void setBody(MimeMessage message, OutgoingMail mail) throws MessagingException {
        if (mail.htmlBody().isEmpty()) {
            message.setText(mail.textBody(), UTF_8);
            return;
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.textBody(), UTF_8);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.htmlBody().orElseThrow(), UTF_8, "html");
        message.setContent(new MimeMultipart("alternative", text, html));
    }

    private static String text(MimeMessage message) throws MessagingException, IOException {
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Keeps our Message-ID, whose domain is the sender's, instead of one made from the local host name. */
    private static final class MessageWithId extends MimeMessage {
        private final String messageId;

        MessageWithId(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
