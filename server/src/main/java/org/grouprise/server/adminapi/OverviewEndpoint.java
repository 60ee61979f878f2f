package org.grouprise.server.adminapi;

import org.grouprise.model.ApiPaths;
import org.grouprise.model.Overview;
import org.grouprise.server.accounts.AccountService;
import org.grouprise.server.db.Database;
import org.grouprise.server.groups.GroupService;
import org.grouprise.server.mail.outbound.MailOutbox;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The dashboard's one request: counts, queue depths, listeners and the process's vital signs. */
final class OverviewEndpoint {
    private final AccountService accounts;
    private final GroupService groups;
    private final MailOutbox outbox;
    private final Database database;
    private final ServerFacts facts;
    private final Clock clock;

    OverviewEndpoint(AccountService accounts, GroupService groups, MailOutbox outbox, Database database,
            ServerFacts facts, Clock clock) {
        this.accounts = accounts;
        this.groups = groups;
        this.outbox = outbox;
        this.database = database;
        this.facts = facts;
        this.clock = clock;
    }

    void register(ApiRouter router) {
        router.staff("GET", ApiPaths.OVERVIEW, request -> overview());
    }

    private Overview overview() {
        Overview.Counts counts = new Overview.Counts(accounts.peopleCount(), accounts.publicPeopleCount(),
            groups.count());
        Map<String, Long> queue = new LinkedHashMap<>();
        outbox.countByStatus().forEach((status, count) -> queue.put(status.name().toLowerCase(Locale.ROOT), count));
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();

        return new Overview(counts, queue, facts.taskRunnerRunning().getAsBoolean(), facts.listeners().get(),
            facts.version(), facts.startedAt(),
            Math.max(0, Duration.between(facts.startedAt(), clock.instant()).toSeconds()),
            new Overview.JvmMemory(heap.getUsed(), heap.getCommitted(), heap.getMax()),
            database.engine().name().toLowerCase(Locale.ROOT));
    }
}
