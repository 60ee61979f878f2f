package org.grouprise.server.subscriptions;

import org.apache.ibatis.annotations.Param;

import java.time.Instant;

/** Rows of {@code subscriptions}: one per group and person. */
interface SubscriptionMapper {

    int countSubscription(@Param("groupId") long groupId, @Param("personId") long personId);

    void insertSubscription(@Param("groupId") long groupId, @Param("personId") long personId,
        @Param("at") Instant at);

    int deleteSubscription(@Param("groupId") long groupId, @Param("personId") long personId);

    int countSubscribers(@Param("groupId") long groupId);
}
