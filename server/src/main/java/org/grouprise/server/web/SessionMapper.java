package org.grouprise.server.web;

import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.Optional;

/** Stores web sessions; rows are keyed by the hash of the cookie value, never the value itself. */
public interface SessionMapper {

    Optional<SessionRow> find(@Param("idHash") String idHash, @Param("now") Instant now);

    void insert(SessionRow row);

    void updateFlash(@Param("idHash") String idHash, @Param("flash") String flash);

    void updateLanguage(@Param("idHash") String idHash, @Param("language") String language);

    void extend(@Param("idHash") String idHash, @Param("expiresAt") Instant expiresAt);

    void delete(@Param("idHash") String idHash);

    void deleteForPerson(@Param("personId") long personId);

    int deleteExpired(@Param("now") Instant now);
}
