package org.grouprise.server.content;

import org.grouprise.server.web.Viewer;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one visibility policy: who may view, list, comment on, edit and delete an item, following
 * grouprise's rules. A single item is decided here in Java; lists ask the database with the same
 * rule as SQL (the {@code visibleTo} fragment of {@code ContentMapper.xml}, fed by
 * {@link Reader#listerId()}), so that they never load what the reader may not see and their page
 * counts are right.
 *
 * <p>Staff may view and delete any item that is not deleted, for moderation (an item a report
 * names must be readable); they gain nothing in lists, so their streams are those of a person, and
 * they may not edit what is not theirs.
 */
public final class Visibility {
    /** How long a member must have belonged to the owning group before they may delete others' items. */
    static final Duration SENIORITY_FOR_DELETION = Duration.ofDays(7);

    private Visibility() {
    }

    /** What someone wants to do with an item. */
    public enum Action { VIEW, LIST, COMMENT, EDIT, DELETE }

    /** Who asks: a logged-in person (with their staff flag) or an anonymous visitor. */
    public record Reader(Optional<Long> personId, boolean staff) {

        public static Reader anonymous() {
            return new Reader(Optional.empty(), false);
        }

        public static Reader person(long personId, boolean staff) {
            return new Reader(Optional.of(personId), staff);
        }

        /** The logged-in viewer of a page, or an anonymous visitor. */
        public static Reader of(Optional<Viewer> viewer) {
            return viewer.map(value -> person(value.id(), value.staff())).orElse(anonymous());
        }

        /** The id lists pass to the SQL condition; {@code null} for anonymous visitors, who see only public items. */
        public Long listerId() {
            return personId.orElse(null);
        }

        boolean is(Long id) {
            return id != null && personId.isPresent() && personId.get().equals(id);
        }
    }

    /** The facts of an item the rules read. */
    record Item(Long groupId, Long personId, boolean isPublic, boolean deleted, long firstAuthorId) {
    }

    /** The reader's tie to the owning group: since when they belong to it, if they do. */
    record Standing(Optional<Instant> memberSince) {
        static Standing none() {
            return new Standing(Optional.empty());
        }
    }

    /** Whether {@code reader} may do {@code action} with {@code item} at {@code now}. */
    static boolean permits(Action action, Reader reader, Standing standing, Item item, Instant now) {
        if (item.deleted()) {
            return false;
        }
        boolean member = item.groupId() != null && standing.memberSince().isPresent();
        boolean owner = member || reader.is(item.personId());
        boolean listable = item.isPublic() || owner;
        return switch (action) {
            case LIST -> listable;
            case VIEW -> listable || reader.staff();
            case COMMENT -> reader.personId().isPresent() && (listable || reader.staff());
            case EDIT -> owner;
            case DELETE -> reader.staff() || reader.is(item.firstAuthorId()) || reader.is(item.personId())
                || member && standing.memberSince().get().plus(SENIORITY_FOR_DELETION).isBefore(now);
        };
    }
}
