package org.grouprise.model;

import java.util.List;

/**
 * A group in the admin console's list of groups.
 *
 * @param slug the group's address, {@code /<slug>/} on the site
 * @param closed whether joining needs an invitation
 * @param score the activity score the directory sorts by
 */
public record GroupSummary(long id, String name, String slug, boolean closed, int score, List<String> tags) {

    public GroupSummary {
        tags = List.copyOf(tags);
    }
}
