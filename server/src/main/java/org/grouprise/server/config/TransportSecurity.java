package org.grouprise.server.config;

/** How HTTPS reaches the server, with grouprise's three values. */
public enum TransportSecurity {
    DISABLED("disabled"),
    REVERSE_PROXY("reverse-proxy"),
    INTEGRATED("integrated");

    private final String configValue;

    TransportSecurity(String configValue) {
        this.configValue = configValue;
    }

    public String configValue() {
        return configValue;
    }

    /** Whether links are https and cookies are marked secure. */
    public boolean isOn() {
        return this != DISABLED;
    }
}
