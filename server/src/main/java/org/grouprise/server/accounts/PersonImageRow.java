package org.grouprise.server.accounts;

import java.util.Optional;

/** A person's image keys; a column is NULL when the person has no such image. */
record PersonImageRow(long id, String avatarKey, String backgroundKey) {

    Optional<String> key(PersonImages.Kind kind) {
        return Optional.ofNullable(kind == PersonImages.Kind.AVATAR ? avatarKey : backgroundKey);
    }
}
