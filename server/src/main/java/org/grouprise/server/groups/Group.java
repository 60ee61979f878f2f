package org.grouprise.server.groups;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A group as pages and other features see it.
 *
 * @param descriptionHtml the description rendered as link-only markdown and sanitised when it was saved
 * @param avatar the media key of the avatar, empty when none was uploaded
 * @param tags the group's tags, sorted
 */
public record Group(long id, String name, String slug, String description, String descriptionHtml, String address,
        String url,
        Optional<LocalDate> dateFounded, boolean closed, int score, Optional<String> avatar, Optional<String> logo,
        List<String> tags) {

    public Group {
        tags = List.copyOf(tags);
    }

    /** The group's page, {@code /<slug>/}. */
    public String path() {
        return "/" + slug + "/";
    }

    /** For templates, which cannot read an {@code Optional}: the founding year or the empty string. */
    public String foundingYear() {
        return dateFounded.map(date -> Integer.toString(date.getYear())).orElse("");
    }
}
