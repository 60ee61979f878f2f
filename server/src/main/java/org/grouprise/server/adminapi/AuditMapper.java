package org.grouprise.server.adminapi;

import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** The append-only {@code admin_audit_log}: there is no update and no delete. */
interface AuditMapper {

    void insert(@Param("createdAt") Instant createdAt, @Param("actorId") long actorId,
        @Param("actorName") String actorName, @Param("action") String action, @Param("target") String target,
        @Param("details") String details);

    List<AuditRow> list(@Param("offset") long offset, @Param("limit") int limit);

    long count();
}
