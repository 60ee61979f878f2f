package org.grouprise.server.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) on a free port that collects what the server sends. */
public final class TestMailbox implements AutoCloseable {
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    public TestMailbox() {
        greenMail.start();
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /**
     * Waits up to 20 seconds for a mail to the address whose subject contains the text, and answers
     * the newest such mail; mails are delivered in the background, so tests never count them.
     */
    public MimeMessage awaitMail(String address, String subjectPart) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> messages = Arrays.asList(greenMail.getReceivedMessages());
            for (int i = messages.size() - 1; i >= 0; i--) {
                if (isTo(messages.get(i), address) && subjectOf(messages.get(i)).contains(subjectPart)) {
                    return messages.get(i);
                }
            }
            greenMail.waitForIncomingEmail(500, messages.size() + 1);
        }
        throw new AssertionError("No mail to " + address + " with '" + subjectPart + "' in its subject");
    }

    /** Every mail received so far. */
    public List<MimeMessage> all() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The decoded plain text of the mail (its first text part when it has several). */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                content = multipart.getBodyPart(0).getContent();
            }
            return content.toString().replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read the mail's text", e);
        }
    }

    /** The first link in the mail's text, without the site's address, e.g. {@code /stadt/confirm/abc/}. */
    public static String linkPath(MimeMessage message) {
        Matcher matcher = LINK.matcher(text(message));
        if (!matcher.find()) {
            throw new AssertionError("No link in the mail: " + text(message));
        }
        return matcher.group().replaceFirst("https?://[^/]+", "");
    }

    /** The first link in the mail's text whose path starts with {@code pathPrefix}. */
    public static String linkPath(MimeMessage message, String pathPrefix) {
        Matcher matcher = LINK.matcher(text(message));
        while (matcher.find()) {
            String path = matcher.group().replaceFirst("https?://[^/]+", "");
            if (path.startsWith(pathPrefix)) {
                return path;
            }
        }
        throw new AssertionError("No link to " + pathPrefix + " in the mail: " + text(message));
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
