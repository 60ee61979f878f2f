package org.grouprise.server.adminapi;

import org.grouprise.model.JsonCodec;
import org.grouprise.server.accounts.AccountService;
import org.grouprise.server.db.Database;
import org.grouprise.server.groups.GroupService;
import org.grouprise.server.mail.outbound.MailOutbox;
import org.grouprise.server.security.SecureTokens;

import java.time.Clock;
import java.util.List;
import java.util.function.IntSupplier;

/** The admin API's endpoints, as a table of contents, and what they need from the other features. */
public final class AdminApi {
    private final JsonCodec codec = JsonCodec.create();
    private final Database database;
    private final Features features;
    private final ServerFacts facts;
    private final Clock clock;
    private final AdminSessions sessions;

    public AdminApi(Database database, Features features, ServerFacts facts, Clock clock) {
        this.database = database;
        this.features = features;
        this.facts = facts;
        this.clock = clock;
        this.sessions = new AdminSessions(database, features.accounts(), new SecureTokens(), clock);
    }

    /** The services of other features that the endpoints call. */
    public record Features(AccountService accounts, GroupService groups, MailOutbox outbox) {
    }

    /** The MyBatis mappers of this package, to register with {@link Database#open}. */
    public static List<Class<?>> mappers() {
        return List.of(AdminTokenMapper.class, AuditMapper.class);
    }

    /** The housekeeping step that deletes expired tokens, for the task runner. */
    public static IntSupplier tokenCleanup(Database database, Clock clock) {
        return () -> AdminSessions.deleteExpired(database, clock);
    }

    ApiRouter router() {
        ApiRouter router = new ApiRouter(codec, sessions::authenticate);
        new SessionEndpoints(features.accounts(), sessions).register(router);
        new OverviewEndpoint(features.accounts(), features.groups(), features.outbox(), database, facts, clock)
            .register(router);
        new PeopleEndpoints(features.accounts()).register(router);
        new GroupEndpoints(features.groups()).register(router);
        AuditLog audit = new AuditLog(database, codec, clock);
        new MailOutboxEndpoints(features.outbox(), audit, database.transactions()).register(router);
        new AuditEndpoint(audit).register(router);
        return router;
    }
}
