package org.grouprise.server.accounts;

import org.grouprise.server.db.Database;
import org.grouprise.server.db.Transactions;
import org.grouprise.server.media.ImageRejected;
import org.grouprise.server.media.ImageSlot;
import org.grouprise.server.media.ImageStore;
import org.grouprise.server.media.Rendition;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A person's avatar and profile background ({@code /stadt/settings/images/}), kept in the image store. */
public final class PersonImages {
    private final PersonImageMapper mapper;
    private final Transactions transactions;
    private final ImageStore images;

    public PersonImages(Database database, ImageStore images) {
        this.mapper = database.mapper(PersonImageMapper.class);
        this.transactions = database.transactions();
        this.images = images;
    }

    public static List<Class<?>> mappers() {
        return List.of(PersonImageMapper.class);
    }

    /** The addresses of the person's renditions, for the profile and settings pages. */
    public PersonImageUrls urls(long personId) {
        Optional<PersonImageRow> row = mapper.findImageKeys(personId);
        Optional<String> avatar = row.flatMap(keys -> keys.key(Kind.AVATAR));
        Optional<String> background = row.flatMap(keys -> keys.key(Kind.BACKGROUND));
        return new PersonImageUrls(
            avatar.map(key -> images.urlPath(key, Rendition.AVATAR_64)).orElse(""),
            avatar.map(key -> images.urlPath(key, Rendition.AVATAR_256)).orElse(""),
            background.map(key -> images.urlPath(key, Rendition.BACKGROUND_COVER)).orElse(""));
    }

    /**
     * Stores the upload as the person's image of this kind; the renditions of the image it replaces
     * are deleted once the change is committed.
     *
     * @throws ImageRejected when the upload is no image the store takes; nothing changes then
     */
    public void replace(long personId, Kind kind, InputStream content) {
        slot(kind).replace(content, newKey -> swap(personId, kind, newKey));
    }

    /** Removes the person's image of this kind, if any. */
    public void remove(long personId, Kind kind) {
        slot(kind).remove(newKey -> swap(personId, kind, newKey));
    }

    /** Deletes the files of all of the person's images once the running transaction (account deletion) commits. */
    public void forget(long personId) {
        mapper.findImageKeys(personId).ifPresent(keys -> {
            for (Kind kind : Kind.values()) {
                keys.key(kind).ifPresent(key -> transactions.afterCommit(() -> images.delete(key)));
            }
        });
    }

    private ImageSlot slot(Kind kind) {
        return new ImageSlot(images, transactions, kind.renditions);
    }

    /** Saves the new key of the kind and answers the one it replaced. */
    private Optional<String> swap(long personId, Kind kind, Optional<String> newKey) {
        Optional<String> previous = mapper.findImageKeys(personId).flatMap(keys -> keys.key(kind));
        update(personId, kind, newKey.orElse(null));
        return previous;
    }

    private void update(long personId, Kind kind, String key) {
        if (kind == Kind.AVATAR) {
            mapper.updateAvatarKey(personId, key);
        } else {
            mapper.updateBackgroundKey(personId, key);
        }
    }

    /** The images a person has, by their form field names in grouprise. */
    public enum Kind {
        AVATAR("avatar", Set.of(Rendition.AVATAR_64, Rendition.AVATAR_256)),
        BACKGROUND("background", Set.of(Rendition.BACKGROUND_COVER));

        private final String field;
        private final Set<Rendition> renditions;

        Kind(String field, Set<Rendition> renditions) {
            this.field = field;
            this.renditions = renditions;
        }

        public String field() {
            return field;
        }
    }
}
