package org.grouprise.server.memberships;

import java.time.Instant;

/** A member as the member list shows them. */
record MemberRow(long personId, String username, String firstName, String lastName, Instant joinedAt) {

    Member toMember() {
        String name = (firstName + " " + lastName).strip();
        return new Member(personId, username, name.isEmpty() ? username : name, joinedAt);
    }
}
