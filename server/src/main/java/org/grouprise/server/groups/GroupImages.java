package org.grouprise.server.groups;

import org.grouprise.server.media.ImageRejected;
import org.grouprise.server.media.ImageSlot;
import org.grouprise.server.media.ImageStore;
import org.grouprise.server.media.Rendition;

import java.io.InputStream;
import java.util.Set;

/** A group's avatar and logo, grouprise's {@code avatar} and {@code logo} fields. */
public final class GroupImages {
    private final GroupService groups;
    private final ImageStore store;

    public GroupImages(GroupService groups, ImageStore store) {
        this.groups = groups;
        this.store = store;
    }

    /**
     * Stores the upload as the group's image of this kind; the old one's files go after the commit.
     *
     * @throws ImageRejected when the upload is no image the store takes; nothing changes then
     */
    public void replace(long groupId, Kind kind, InputStream content) {
        slot(kind).replace(content, key -> groups.swapImage(groupId, kind, key));
    }

    public void remove(long groupId, Kind kind) {
        slot(kind).remove(key -> groups.swapImage(groupId, kind, key));
    }

    /** Where the pages find the group's images; an empty address means there is none. */
    public GroupImageUrls urls(Group group) {
        return new GroupImageUrls(
            group.avatar().map(key -> store.urlPath(key, Rendition.AVATAR_64)).orElse(""),
            group.avatar().map(key -> store.urlPath(key, Rendition.AVATAR_256)).orElse(""),
            group.logo().map(key -> store.urlPath(key, Rendition.LOGO_400)).orElse(""));
    }

    private ImageSlot slot(Kind kind) {
        return new ImageSlot(store, groups.transactions(), kind.renditions);
    }

    /** The images a group has, by their form field names in grouprise. */
    public enum Kind {
        AVATAR("avatar", Set.of(Rendition.AVATAR_64, Rendition.AVATAR_256)),
        LOGO("logo", Set.of(Rendition.LOGO_400));

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
