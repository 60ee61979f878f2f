package org.grouprise.server.memberships;

import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** Rows of {@code memberships}: one per group and person. */
interface MembershipMapper {

    int countMembership(@Param("groupId") long groupId, @Param("personId") long personId);

    void insertMembership(@Param("groupId") long groupId, @Param("personId") long personId,
        @Param("createdBy") long createdBy, @Param("at") Instant at);

    int deleteMembership(@Param("groupId") long groupId, @Param("personId") long personId);

    int countMembers(@Param("groupId") long groupId);

    List<MemberRow> members(@Param("groupId") long groupId, @Param("offset") long offset, @Param("limit") int limit);

    List<Long> memberIds(@Param("groupId") long groupId);
}
