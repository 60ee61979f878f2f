package org.grouprise.server.security;

import org.apache.ibatis.annotations.Param;

import java.time.Instant;

/** The rate-limit tables; see {@link RateLimiter} for why the statements look as they do. */
interface RateLimitMapper {
    int lockSubject(@Param("lockKey") int lockKey);

    int insertEventIfBelow(@Param("limitName") String limitName, @Param("subjectHash") String subjectHash,
        @Param("now") Instant now, @Param("since") Instant since, @Param("expiresAt") Instant expiresAt,
        @Param("maxEvents") int maxEvents);

    void insertEvent(@Param("limitName") String limitName, @Param("subjectHash") String subjectHash,
        @Param("now") Instant now, @Param("expiresAt") Instant expiresAt);

    int countEventsSince(@Param("limitName") String limitName, @Param("subjectHash") String subjectHash,
        @Param("since") Instant since);

    void upsertBlock(@Param("limitName") String limitName, @Param("subjectHash") String subjectHash,
        @Param("blockedUntil") Instant blockedUntil);

    int countBlocksAfter(@Param("limitName") String limitName, @Param("subjectHash") String subjectHash,
        @Param("now") Instant now);

    int deleteEvents(@Param("limitName") String limitName, @Param("subjectHash") String subjectHash);

    int deleteBlock(@Param("limitName") String limitName, @Param("subjectHash") String subjectHash);

    int deleteExpiredEvents(@Param("now") Instant now);

    int deleteExpiredBlocks(@Param("now") Instant now);
}
