package org.grouprise.server.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under one secret key: signatures on values handed out (reply addresses, links) and
 * keyed hashes of personal data that must be matched but not read back.
 */
public final class Hmac {
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public Hmac(byte[] key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("An HMAC key must not be empty");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** A key for one purpose derived from the instance's secret, so that one secret serves many uses. */
    public static Hmac forPurpose(String secret, String purpose) {
        byte[] derived = new Hmac(secret.getBytes(StandardCharsets.UTF_8)).sign(purpose);
        return new Hmac(derived);
    }

    public byte[] sign(byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }

    public byte[] sign(String message) {
        return sign(message.getBytes(StandardCharsets.UTF_8));
    }

    /** The signature of the message's UTF-8 bytes as lower-case hex (64 characters). */
    public String signHex(String message) {
        return HexFormat.of().formatHex(sign(message));
    }

    /** Whether {@code signatureHex} is the message's signature, compared in constant time. */
    public boolean verifyHex(String message, String signatureHex) {
        return SecureTokens.constantTimeEquals(signHex(message), signatureHex.toLowerCase(Locale.ROOT));
    }
}
