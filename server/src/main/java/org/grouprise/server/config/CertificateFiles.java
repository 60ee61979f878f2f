package org.grouprise.server.config;

import java.nio.file.Path;

/**
 * A TLS certificate chain and its private key as PEM files, for a listener that must not use a
 * generated self-signed certificate.
 */
public record CertificateFiles(Path certificate, Path privateKey) {
}
