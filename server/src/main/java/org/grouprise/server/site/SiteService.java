package org.grouprise.server.site;

import org.grouprise.server.accounts.AccountService;
import org.grouprise.server.config.Settings;
import org.grouprise.server.db.Database;
import org.grouprise.server.db.Transactions;
import org.grouprise.server.groups.Group;
import org.grouprise.server.groups.GroupService;
import org.grouprise.server.web.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * The site as a whole: the operator group that runs it (imprint, help and abuse reports go there)
 * and the numbers the start page shows.
 */
public final class SiteService {
    static final String OPERATOR_GROUP = "operator_group_id";
    private static final Logger LOGGER = LoggerFactory.getLogger(SiteService.class);

    private final SitePropertyMapper properties;
    private final Transactions transactions;
    private final Settings settings;
    private final GroupService groups;
    private final AccountService accounts;

    public SiteService(Database database, Settings settings, GroupService groups, AccountService accounts) {
        this.properties = database.mapper(SitePropertyMapper.class);
        this.transactions = database.transactions();
        this.settings = settings;
        this.groups = groups;
        this.accounts = accounts;
    }

    /** The mapper the composition root registers with the database. */
    public static List<Class<?>> mappers() {
        return List.of(SitePropertyMapper.class);
    }

    /**
     * The group named by {@code operator_group_id}, else the one the server founded for a new site.
     */
    public Optional<Group> operatorGroup() {
        return operatorGroupId().flatMap(groups::find);
    }

    /**
     * On a site without an operator group, founds one with the first staff account as its member,
     * so that imprint and help have someone to point at; an operator renames it in its settings.
     */
    public void ensureOperatorGroup() {
        if (operatorGroupId().isPresent()) {
            return;
        }
        accounts.firstStaffId().ifPresent(founder -> transactions.run(() -> {
            String name = Messages.of(settings.language()).get("site.operatorGroup.name", settings.domain());
            Group group = groups.found(name, founder);
            properties.insert(OPERATOR_GROUP, Long.toString(group.id()));
            LOGGER.info("Founded the operator group {} ({}); set operator_group_id to choose another", group.id(),
                group.slug());
        }));
    }

    /** What the start page counts. */
    public SiteCounts counts() {
        return new SiteCounts(groups.count(), accounts.publicPeopleCount());
    }

    /** Numbers for the start page. */
    public record SiteCounts(long groups, long publicPeople) {
    }

    private Optional<Long> operatorGroupId() {
        return settings.operatorGroupId().or(() -> properties.find(OPERATOR_GROUP).map(Long::valueOf));
    }
}
