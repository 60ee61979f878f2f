package org.grouprise.server.mail.outbound;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import org.grouprise.server.config.EmailSubmission;
import org.grouprise.server.config.SmtpEncryption;

import java.time.Duration;
import java.util.Properties;

/** Opens connections to the configured SMTP submission server. */
final class SmtpConnector {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration READ_WRITE_TIMEOUT = Duration.ofSeconds(60);

    private final EmailSubmission submission;
    private final Session session;

    SmtpConnector(EmailSubmission submission) {
        this.submission = submission;
        this.session = Session.getInstance(properties(submission));
    }

    Session session() {
        return session;
    }

    String server() {
        return submission.host() + ":" + submission.port();
    }

    Transport connect() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        if (submission.hasCredentials()) {
            transport.connect(submission.host(), submission.port(), submission.user(), submission.password());
        } else {
            transport.connect(submission.host(), submission.port(), null, null);
        }
        return transport;
    }

    private static Properties properties(EmailSubmission submission) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", Long.toString(CONNECT_TIMEOUT.toMillis()));
        properties.setProperty("mail.smtp.timeout", Long.toString(READ_WRITE_TIMEOUT.toMillis()));
        properties.setProperty("mail.smtp.writetimeout", Long.toString(READ_WRITE_TIMEOUT.toMillis()));
        properties.setProperty("mail.smtp.auth", Boolean.toString(submission.hasCredentials()));
        if (submission.encryption() == SmtpEncryption.STARTTLS) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        } else if (submission.encryption() == SmtpEncryption.SSL) {
            properties.setProperty("mail.smtp.ssl.enable", "true");
        }
        if (submission.encryption() != SmtpEncryption.NONE) {
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
