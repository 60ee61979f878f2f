package org.grouprise.server.accounts;

/**
 * The fields of {@code /stadt/settings/}.
 *
 * @param slug the username, which is also the profile's address
 * @param language {@code de}, {@code en}, or empty for "as the browser prefers"
 */
public record ProfileForm(String firstName, String lastName, String slug, String about, boolean isPublic,
        String language) {
}
