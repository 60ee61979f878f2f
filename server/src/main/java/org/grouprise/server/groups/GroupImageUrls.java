package org.grouprise.server.groups;

/** Where the pages find a group's images; an empty address means the group has none. */
public record GroupImageUrls(String avatar, String avatarLarge, String logo) {

    public boolean hasAvatar() {
        return !avatar.isEmpty();
    }

    public boolean hasLogo() {
        return !logo.isEmpty();
    }
}
