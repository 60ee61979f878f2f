package org.grouprise.server.config;

/** A network listener that can be switched off: the web server, the LMTP server, the admin API. */
public record Listener(boolean enabled, String host, int port) {
}
