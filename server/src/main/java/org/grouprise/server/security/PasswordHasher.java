package org.grouprise.server.security;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashes passwords with Argon2id at OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane) and
 * stores them in the PHC string format, {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, so that
 * old hashes keep verifying after the parameters are raised and can be rehashed at the next login.
 */
public final class PasswordHasher {
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int LANES = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private static final Logger LOGGER = LoggerFactory.getLogger(PasswordHasher.class);
    private static final Pattern PHC = Pattern.compile(
        "\\$argon2id\\$v=(\\d{1,3})\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    // Bounds on what a stored value may ask for, so that a corrupted row cannot make a login
    // allocate gigabytes or spin for minutes.
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 64;
    private static final int MAX_LANES = 16;
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();

    private final SecureRandom random;

    public PasswordHasher() {
        this(new SecureRandom());
    }

    public PasswordHasher(SecureRandom random) {
        this.random = random;
    }

    /** Hashes once so that the first login does not pay for class loading and JIT (about a second). */
    public void warmUp() {
        long start = System.nanoTime();
        verify("warm-up", hash("warm-up"));
        LOGGER.debug("Password hashing warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** A new PHC string for the password, with a fresh random salt. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Stored stored = new Stored(Argon2Parameters.ARGON2_VERSION_13, MEMORY_KIB, ITERATIONS, LANES, salt,
            new byte[HASH_BYTES]);
        byte[] hash = compute(password, stored);
        return stored.withHash(hash).format();
    }

    /** Whether the password matches the stored PHC string; false, never an exception, when it is malformed. */
    public boolean verify(String password, String stored) {
        Optional<Stored> parsed = Stored.parse(stored);
        if (parsed.isEmpty()) {
            LOGGER.debug("A stored password hash is not an Argon2id PHC string within bounds");
            return false;
        }
        byte[] actual = compute(password, parsed.get());
        return MessageDigest.isEqual(actual, parsed.get().hash());
    }

    /** Whether the stored value should be replaced by a new hash at the next successful login. */
    public boolean needsRehash(String stored) {
        return Stored.parse(stored)
            .map(s -> s.version() < Argon2Parameters.ARGON2_VERSION_13
                || s.memoryKib() < MEMORY_KIB
                || s.iterations() < ITERATIONS
                || s.salt().length < SALT_BYTES
                || s.hash().length < HASH_BYTES)
            .orElse(true);
    }

    private static byte[] compute(String password, Stored stored) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(stored.version())
            .withMemoryAsKB(stored.memoryKib())
            .withIterations(stored.iterations())
            .withParallelism(stored.lanes())
            .withSalt(stored.salt())
            .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[stored.hash().length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    /** The parts of a PHC string. */
    record Stored(int version, int memoryKib, int iterations, int lanes, byte[] salt, byte[] hash) {
        static Optional<Stored> parse(String value) {
            Matcher m = PHC.matcher(value);
            if (!m.matches()) {
                return Optional.empty();
            }
            try {
                Stored stored = new Stored(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    BASE64_DECODER.decode(m.group(5)), BASE64_DECODER.decode(m.group(6)));
                return stored.withinBounds() ? Optional.of(stored) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        Stored withHash(byte[] newHash) {
            return new Stored(version, memoryKib, iterations, lanes, salt, newHash);
        }

        String format() {
            return "$argon2id$v=" + version + "$m=" + memoryKib + ",t=" + iterations + ",p=" + lanes
                + "$" + BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(hash);
        }

        private boolean withinBounds() {
            boolean knownVersion = version == Argon2Parameters.ARGON2_VERSION_10
                || version == Argon2Parameters.ARGON2_VERSION_13;
            return knownVersion
                && lanes >= 1 && lanes <= MAX_LANES
                && memoryKib >= 8 * lanes && memoryKib <= MAX_MEMORY_KIB
                && iterations >= 1 && iterations <= MAX_ITERATIONS
                && salt.length >= 8 && hash.length >= 16 && hash.length <= 128;
        }
    }
}
