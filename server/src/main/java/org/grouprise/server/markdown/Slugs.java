package org.grouprise.server.markdown;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slugs as Django's {@code slugify(value, allow_unicode=True)} makes them, which is what django-taggit used for
 * grouprise's tag URLs: links to {@code /stadt/tags/<slug>/} in old mails keep working after a move.
 */
final class Slugs {
    private static final Pattern NOT_SLUG = Pattern.compile("[^\\w\\s-]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DASHES_AND_SPACES = Pattern.compile("[-\\s]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EDGES = Pattern.compile("^[-_]+|[-_]+$");

    private Slugs() {
    }

    static String slugify(String value) {
        String normalized = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String kept = NOT_SLUG.matcher(normalized).replaceAll("");
        String dashed = DASHES_AND_SPACES.matcher(kept.strip()).replaceAll("-");
        return EDGES.matcher(dashed).replaceAll("");
    }
}
