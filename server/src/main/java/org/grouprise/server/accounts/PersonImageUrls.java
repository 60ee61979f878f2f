package org.grouprise.server.accounts;

/** Where the pages find a person's images; an empty address means the person has none. */
public record PersonImageUrls(String avatar, String avatarLarge, String background) {

    public boolean hasAvatar() {
        return !avatar.isEmpty();
    }

    public boolean hasBackground() {
        return !background.isEmpty();
    }
}
