package org.grouprise.server.accounts;

import org.grouprise.model.Slug;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules for usernames, which are also profile addresses ({@code /<username>/}): letters,
 * digits, hyphens and underscores; unique without regard to case; never a reserved slug.
 */
final class Usernames {
    static final int MAX_LENGTH = 50;
    private static final Pattern ALLOWED = Pattern.compile("[-a-zA-Z0-9_]+");

    private final List<String> reserved;

    Usernames(List<String> reserved) {
        this.reserved = reserved.stream().map(slug -> slug.toLowerCase(Locale.ROOT)).toList();
    }

    static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    boolean isWellFormed(String username) {
        return !username.isEmpty() && username.length() <= MAX_LENGTH && ALLOWED.matcher(username).matches();
    }

    boolean isReserved(String username) {
        return reserved.contains(key(username));
    }

    /**
     * A free username made from the local part of an address ({@code Jörg.Schmidt@...} becomes
     * {@code jorg-schmidt}), with a number appended while it is taken.
     */
    String derive(String email, Predicate<String> taken) {
        String local = email.substring(0, email.lastIndexOf('@'));
        String base = Slug.slugify(local);
        if (base.isEmpty()) {
            base = "person";
        }
        base = base.substring(0, Math.min(base.length(), MAX_LENGTH - 4));
        String candidate = base;
        for (int suffix = 1; isReserved(candidate) || taken.test(key(candidate)); suffix++) {
            candidate = base + suffix;
        }
        return candidate;
    }
}
