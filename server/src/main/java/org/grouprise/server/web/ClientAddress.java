package org.grouprise.server.web;

import io.undertow.server.HttpServerExchange;

import java.net.InetSocketAddress;

/**
 * Tells the visitor's IP address. Behind a reverse proxy (nginx on the same host) the last entry of
 * {@code X-Forwarded-For} is the address the proxy saw; it is trusted only when the connection
 * comes from the loopback interface, so a visitor cannot forge it to dodge a rate limit.
 */
final class ClientAddress {
    private final boolean behindProxy;

    ClientAddress(boolean behindProxy) {
        this.behindProxy = behindProxy;
    }

    String of(HttpServerExchange exchange) {
        InetSocketAddress peer = exchange.getSourceAddress();
        String peerAddress = peer == null || peer.getAddress() == null ? "unknown" : peer.getAddress().getHostAddress();
        if (!behindProxy || peer == null || peer.getAddress() == null || !peer.getAddress().isLoopbackAddress()) {
            return peerAddress;
        }
        String forwarded = exchange.getRequestHeaders().getLast("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peerAddress;
        }
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].trim();
    }
}
