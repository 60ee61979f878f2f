package org.grouprise.server.groups;

/**
 * The fields of {@code /stadt/settings/group?group=<slug>}, as grouprise names them.
 *
 * @param dateFounded an ISO date ({@code 2019-05-01}) or empty
 * @param tags tags separated by commas
 */
public record GroupSettings(String name, String slug, String description, String address, String dateFounded,
        String url, boolean closed, String tags) {
}
