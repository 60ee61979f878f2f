package org.grouprise.server.groups;

/**
 * Something that happens when a group is founded, in the same transaction: the founder becomes the
 * first member and subscriber. Memberships and subscriptions register their steps, so that this
 * feature does not depend on them.
 */
@FunctionalInterface
public interface FoundingStep {
    void founded(Group group, long founderId);
}
