package org.grouprise.server.subscriptions;

import org.grouprise.server.db.Database;
import org.grouprise.server.db.Transactions;

import java.time.Clock;
import java.util.List;

/** Who follows which group. Subscribing twice changes nothing. */
public final class SubscriptionService {
    private final SubscriptionMapper mapper;
    private final Transactions transactions;
    private final Clock clock;

    public SubscriptionService(Database database, Clock clock) {
        this.mapper = database.mapper(SubscriptionMapper.class);
        this.transactions = database.transactions();
        this.clock = clock;
    }

    /** The mapper the composition root registers with the database. */
    public static List<Class<?>> mappers() {
        return List.of(SubscriptionMapper.class);
    }

    /** Subscribes the person; answers false when they were subscribed already. */
    public boolean subscribe(long groupId, long personId) {
        return transactions.inTransaction(() -> {
            if (mapper.countSubscription(groupId, personId) > 0) {
                return false;
            }
            mapper.insertSubscription(groupId, personId, clock.instant());
            return true;
        });
    }

    /** Ends the subscription; answers false when there was none. */
    public boolean unsubscribe(long groupId, long personId) {
        return transactions.inTransaction(() -> mapper.deleteSubscription(groupId, personId) > 0);
    }

    public boolean isSubscribed(long groupId, long personId) {
        return mapper.countSubscription(groupId, personId) > 0;
    }

    public int subscriberCount(long groupId) {
        return mapper.countSubscribers(groupId);
    }
}
