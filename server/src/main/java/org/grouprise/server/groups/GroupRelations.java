package org.grouprise.server.groups;

import java.util.Optional;

/**
 * How a visitor stands to a group, for its page and its settings; memberships and subscriptions
 * answer it, wired by the composition root, so that groups do not depend on them.
 */
public interface GroupRelations {

    Relation of(long groupId, Optional<Long> personId);

    /** Member count, and whether the visitor is a member or subscriber. */
    record Relation(int memberCount, boolean member, boolean subscriber) {
    }
}
