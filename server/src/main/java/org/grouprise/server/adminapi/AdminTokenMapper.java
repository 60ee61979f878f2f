package org.grouprise.server.adminapi;

import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.Optional;

/** Rows of {@code admin_api_tokens}, found by the SHA-256 hash of the token. */
interface AdminTokenMapper {

    void insert(@Param("tokenHash") String tokenHash, @Param("personId") long personId, @Param("now") Instant now,
        @Param("expiresAt") Instant expiresAt);

    Optional<AdminToken> findActive(@Param("tokenHash") String tokenHash, @Param("now") Instant now);

    int touch(@Param("id") long id, @Param("now") Instant now, @Param("expiresAt") Instant expiresAt);

    int revoke(@Param("id") long id, @Param("now") Instant now);

    int deleteExpired(@Param("before") Instant before);
}
