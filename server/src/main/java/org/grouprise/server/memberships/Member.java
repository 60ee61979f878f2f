package org.grouprise.server.memberships;

import java.time.Instant;

/** One member of a group, for the member list. */
public record Member(long personId, String username, String displayName, Instant joinedAt) {
}
