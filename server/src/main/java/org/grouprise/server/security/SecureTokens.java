package org.grouprise.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random URL-safe tokens (session ids, links in mails, API tokens) and the SHA-256 hashes under which
 * they are stored: a leaked table then hands out no usable token.
 */
public final class SecureTokens {
    /** The least strength of any token: 128 bits cannot be guessed online. */
    public static final int MINIMUM_BITS = 128;
    /** The strength of session ids, which live long and are sent with every request. */
    public static final int SESSION_BITS = 256;

    private final SecureRandom random;

    public SecureTokens() {
        this(new SecureRandom());
    }

    public SecureTokens(SecureRandom random) {
        this.random = random;
    }

    /** A new token of {@value #SESSION_BITS} bits, 43 URL-safe characters. */
    public String newToken() {
        return newToken(SESSION_BITS);
    }

    /** A new token of the given strength, a multiple of 8 and at least {@value #MINIMUM_BITS}. */
    public String newToken(int bits) {
        if (bits < MINIMUM_BITS || bits % 8 != 0) {
            throw new IllegalArgumentException(
                "A token needs a multiple of 8 bits and at least " + MINIMUM_BITS + ", not " + bits);
        }
        byte[] bytes = new byte[bits / 8];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The lower-case hex SHA-256 of the token's UTF-8 bytes: the form in which tokens are stored. */
    public static String sha256Hex(String token) {
        return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** Compares in time that depends only on the lengths, so that a mismatch's position does not leak. */
    public static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
