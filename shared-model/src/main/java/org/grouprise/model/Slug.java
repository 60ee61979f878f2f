package org.grouprise.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name of a group or person in URLs ({@code /<slug>/}), as grouprise allows it: letters, digits, hyphens and
 * underscores, at most 50 characters, compared and stored in lower case.
 */
public record Slug(String value) {
    private static final int MAX_LENGTH = 50;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9_-]+");

    public Slug {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("not a slug: '" + value + "'; expected 1 to " + MAX_LENGTH
                + " lower-case letters, digits, '-' or '_'");
        }
    }

    /** The slug for user input such as {@code " Garten-AG "}; the message quotes input that is not one. */
    @JsonCreator
    public static Slug of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("not a slug: null; expected letters, digits, '-' or '_'");
        }
        String normalised = text.strip().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty() || normalised.length() > MAX_LENGTH || !ALLOWED.matcher(normalised).matches()) {
            throw new IllegalArgumentException("not a slug: '" + text + "'; expected 1 to " + MAX_LENGTH
                + " letters, digits, '-' or '_'");
        }
        return new Slug(normalised);
    }

    /**
     * The slug part made from a name ({@code "Über Uns"} becomes {@code "uber-uns"}, {@code "Straße"}
     * becomes {@code "strasse"}): accents dropped, other characters turned into hyphens, cut to the
     * maximum length. May be empty when the name has no usable character.
     */
    public static String slugify(String name) {
        String slug = Normalizer.normalize(name.replace("ß", "ss").replace("ẞ", "SS"), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_-]+", "-")
            .replaceAll("-{2,}", "-")
            .replaceAll("^-+|-+$", "");
        return slug.length() <= MAX_LENGTH ? slug : slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
