package org.grouprise.server.groups;

import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.Optional;

/** Rows of {@code group_action_tokens}, found by the hash of the token. */
interface GroupActionTokenMapper {

    void insert(GroupActionToken token);

    Optional<GroupActionToken> find(@Param("tokenHash") String tokenHash, @Param("purpose") String purpose,
        @Param("now") Instant now);

    int delete(@Param("tokenHash") String tokenHash);

    int deleteExpired(@Param("now") Instant now);
}
