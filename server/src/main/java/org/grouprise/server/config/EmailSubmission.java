package org.grouprise.server.config;

/** The SMTP server that outgoing mail is handed to. */
public record EmailSubmission(String host, int port, String user, String password, SmtpEncryption encryption) {

    public boolean hasCredentials() {
        return !user.isEmpty();
    }

    @Override
    public String toString() {
        return "EmailSubmission[" + host + ":" + port + ", " + encryption.configValue() + ", user=" + user + "]";
    }
}
