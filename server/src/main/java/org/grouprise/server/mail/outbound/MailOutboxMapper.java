package org.grouprise.server.mail.outbound;

import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** SQL of the mail outbox (statements in MailOutboxMapper.xml). */
interface MailOutboxMapper {

    void insert(NewOutboxRow row);

    int releaseStale(@Param("claimedBefore") Instant claimedBefore, @Param("now") Instant now);

    List<ClaimedMail> selectDue(@Param("now") Instant now, @Param("limit") int limit);

    int markSending(@Param("ids") List<Long> ids, @Param("now") Instant now);

    int markSent(@Param("id") long id, @Param("now") Instant now);

    int markRetry(@Param("id") long id, @Param("attempts") int attempts, @Param("nextAttemptAt") Instant nextAttemptAt,
        @Param("error") String error);

    int markFailed(@Param("id") long id, @Param("attempts") int attempts, @Param("error") String error);

    int requeueFailed(@Param("id") long id, @Param("now") Instant now);

    int discard(@Param("id") long id);

    List<StatusCount> countByStatus();

    OutboxEntry findEntry(@Param("id") long id);

    String findMessage(@Param("id") long id);

    List<OutboxEntry> list(@Param("status") String status, @Param("offset") int offset, @Param("limit") int limit);
}
