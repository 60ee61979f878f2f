package org.grouprise.server.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The rules a new password must meet, after Django's default validators so that people moving from
 * grouprise meet the same rules: a minimum length, not digits only, not a common password, and not
 * too similar to the person's own data.
 */
public final class PasswordPolicy {
    public static final int MINIMUM_LENGTH = 8;
    /** Django's default: similarity of 0.7 or more refuses the password. */
    static final double MAX_SIMILARITY = 0.7;

    private static final String COMMON_PASSWORDS = "common-passwords.txt.gz";

    /** The violations of the password for a person with that username and e-mail address; empty if none. */
    public List<PasswordViolation> check(String password, String username, String email) {
        return check(password, List.of(username, email));
    }

    /**
     * The violations of the password, in the order of {@link PasswordViolation}; {@code personalValues}
     * are the person's username, e-mail address, names and the like.
     */
    public List<PasswordViolation> check(String password, List<String> personalValues) {
        List<PasswordViolation> violations = new ArrayList<>();
        if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            violations.add(PasswordViolation.TOO_SHORT);
        }
        if (!password.isEmpty() && password.codePoints().allMatch(Character::isDigit)) {
            violations.add(PasswordViolation.ENTIRELY_NUMERIC);
        }
        if (CommonPasswords.SET.contains(password.strip().toLowerCase(Locale.ROOT))) {
            violations.add(PasswordViolation.TOO_COMMON);
        }
        if (personalValues.stream().anyMatch(value -> isSimilar(password, value))) {
            violations.add(PasswordViolation.TOO_SIMILAR_TO_PERSONAL_DATA);
        }
        return List.copyOf(violations);
    }

    /**
     * Like Django's UserAttributeSimilarityValidator: the value and each of its word parts (an e-mail
     * address gives its local part's words and the domain's labels) are compared, ignoring case, with
     * the ratio 2M/T of Python's {@code SequenceMatcher.quick_ratio()}, where M counts the characters the
     * two have in common (as multisets) and T is their total length. A password far longer than the
     * value is never similar, as in Django 4.2, so that a long passphrase may contain a short name.
     */
    static boolean isSimilar(String password, String value) {
        String lowerPassword = password.toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>(List.of(value.toLowerCase(Locale.ROOT).split("\\W+")));
        parts.add(value.toLowerCase(Locale.ROOT));
        return parts.stream()
            .filter(part -> !part.isEmpty())
            .filter(part -> !muchLongerThan(lowerPassword, part))
            .anyMatch(part -> quickRatio(lowerPassword, part) >= MAX_SIMILARITY);
    }

    private static boolean muchLongerThan(String password, String part) {
        return password.length() >= 10 * part.length() && part.length() < MAX_SIMILARITY / 2 * password.length();
    }

    static double quickRatio(String a, String b) {
        Map<Integer, Integer> available = new HashMap<>();
        b.codePoints().forEach(c -> available.merge(c, 1, Integer::sum));
        int matches = 0;
        for (int c : a.codePoints().toArray()) {
            int left = available.getOrDefault(c, 0);
            if (left > 0) {
                available.put(c, left - 1);
                matches++;
            }
        }
        int total = a.codePointCount(0, a.length()) + b.codePointCount(0, b.length());
        return total == 0 ? 1.0 : 2.0 * matches / total;
    }

    /** Loaded once per JVM, on the first check, from the list shipped beside this class. */
    private static final class CommonPasswords {
        static final Set<String> SET = load();

        private static Set<String> load() {
            try (InputStream raw = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
                if (raw == null) {
                    throw new IllegalStateException("The resource " + COMMON_PASSWORDS + " is missing from the jar");
                }
                return readLines(new GZIPInputStream(raw));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the resource " + COMMON_PASSWORDS, e);
            }
        }

        private static Set<String> readLines(InputStream in) throws IOException {
            Set<String> passwords = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(passwords);
        }
    }
}
