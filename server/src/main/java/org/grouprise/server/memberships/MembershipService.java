package org.grouprise.server.memberships;

import org.grouprise.server.db.Database;
import org.grouprise.server.db.Transactions;
import org.grouprise.server.groups.Group;
import org.grouprise.server.groups.GroupService;
import org.grouprise.server.subscriptions.SubscriptionService;
import org.grouprise.server.web.Paged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Memberships, with grouprise's rules: anyone logged in may join an open group; members of a
 * closed group add others; a member joining also subscribes, and resigning ends both.
 */
public final class MembershipService {
    private static final Logger LOGGER = LoggerFactory.getLogger(MembershipService.class);

    private final MembershipMapper mapper;
    private final Transactions transactions;
    private final GroupService groups;
    private final SubscriptionService subscriptions;
    private final Clock clock;

    public MembershipService(Database database, GroupService groups, SubscriptionService subscriptions,
            Clock clock) {
        this.mapper = database.mapper(MembershipMapper.class);
        this.transactions = database.transactions();
        this.groups = groups;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** The mapper the composition root registers with the database. */
    public static List<Class<?>> mappers() {
        return List.of(MembershipMapper.class);
    }

    /** The founding step: the founder becomes the first member and subscriber. */
    public void addFounder(Group group, long founderId) {
        insert(group.id(), founderId, founderId);
    }

    /** Joins an open group; answers false when the person was a member already. */
    public boolean join(long groupId, long personId) {
        Group group = groups.find(groupId).orElseThrow(() -> new MembershipException("group.unknown"));
        if (group.closed()) {
            throw new MembershipException("membership.closed");
        }
        return transactions.inTransaction(() -> insert(groupId, personId, personId));
    }

    /**
     * Adds someone to a group on behalf of a member (closed groups, accepted applications); answers
     * false when they were a member already.
     */
    public boolean add(long groupId, long personId, long addedBy) {
        if (!isMember(groupId, addedBy)) {
            throw new MembershipException("membership.membersOnly");
        }
        return transactions.inTransaction(() -> insert(groupId, personId, addedBy));
    }

    /** Ends the membership and the subscription; answers false when there was no membership. */
    public boolean resign(long groupId, long personId) {
        return transactions.inTransaction(() -> {
            boolean removed = mapper.deleteMembership(groupId, personId) > 0;
            subscriptions.unsubscribe(groupId, personId);
            if (removed) {
                LOGGER.info("Person {} left group {}", personId, groupId);
            }
            return removed;
        });
    }

    public boolean isMember(long groupId, long personId) {
        return mapper.countMembership(groupId, personId) > 0;
    }

    public int memberCount(long groupId) {
        return mapper.countMembers(groupId);
    }

    /** One page of the member list, most active first. */
    public Paged<Member> members(long groupId, int page) {
        List<Member> members = mapper.members(groupId, Paged.offset(page, Paged.DEFAULT_SIZE), Paged.DEFAULT_SIZE)
            .stream().map(MemberRow::toMember).toList();
        return new Paged<>(members, page, memberCount(groupId), Paged.DEFAULT_SIZE);
    }

    /** Everybody in the group, for mails to all members. */
    public List<Long> memberIds(long groupId) {
        return mapper.memberIds(groupId);
    }

    private boolean insert(long groupId, long personId, long createdBy) {
        if (mapper.countMembership(groupId, personId) > 0) {
            return false;
        }
        mapper.insertMembership(groupId, personId, createdBy, clock.instant());
        subscriptions.subscribe(groupId, personId);
        LOGGER.info("Person {} is now a member of group {} (added by {})", personId, groupId, createdBy);
        return true;
    }
}
