package org.grouprise.server.config;

/** Transport encryption towards the SMTP submission server. */
public enum SmtpEncryption {
    NONE("none", 25),
    STARTTLS("starttls", 587),
    SSL("ssl", 465);

    private final String configValue;
    private final int defaultPort;

    SmtpEncryption(String configValue, int defaultPort) {
        this.configValue = configValue;
        this.defaultPort = defaultPort;
    }

    public String configValue() {
        return configValue;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
