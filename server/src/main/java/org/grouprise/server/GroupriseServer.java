package org.grouprise.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.grouprise.model.Overview.ListenerInfo;
import org.grouprise.server.accounts.AccountService;
import org.grouprise.server.accounts.ImageSettingsRoutes;
import org.grouprise.server.accounts.LoginRoutes;
import org.grouprise.server.accounts.PersonImages;
import org.grouprise.server.accounts.ProfileRoutes;
import org.grouprise.server.accounts.SettingsRoutes;
import org.grouprise.server.adminapi.AdminApi;
import org.grouprise.server.adminapi.AdminApiServer;
import org.grouprise.server.adminapi.AdminCertificate;
import org.grouprise.server.adminapi.ServerFacts;
import org.grouprise.server.config.LoadedConfig;
import org.grouprise.server.config.Settings;
import org.grouprise.server.config.TransportSecurity;
import org.grouprise.server.content.ContentRoutes;
import org.grouprise.server.content.ContentService;
import org.grouprise.server.content.FeedRoutes;
import org.grouprise.server.db.Database;
import org.grouprise.server.groups.GroupActionParts;
import org.grouprise.server.groups.GroupActionTokens;
import org.grouprise.server.groups.GroupImageRoutes;
import org.grouprise.server.groups.GroupImages;
import org.grouprise.server.groups.GroupRelations;
import org.grouprise.server.groups.GroupRoutes;
import org.grouprise.server.groups.GroupService;
import org.grouprise.server.mail.inbound.InboundDelivery;
import org.grouprise.server.mail.inbound.InboundRecipients;
import org.grouprise.server.mail.inbound.InboundReply;
import org.grouprise.server.mail.inbound.LmtpServer;
import org.grouprise.server.mail.outbound.MailDelivery;
import org.grouprise.server.mail.outbound.MailOutbox;
import org.grouprise.server.markdown.MarkdownPreviewRoutes;
import org.grouprise.server.markdown.MarkdownRenderer;
import org.grouprise.server.markdown.MentionResolver;
import org.grouprise.server.markdown.MentionTarget;
import org.grouprise.server.media.ImageStore;
import org.grouprise.server.media.MediaRoutes;
import org.grouprise.server.memberships.GroupRecommendations;
import org.grouprise.server.memberships.MembershipActions;
import org.grouprise.server.memberships.MembershipRoutes;
import org.grouprise.server.memberships.MembershipService;
import org.grouprise.server.security.PasswordHasher;
import org.grouprise.server.security.PasswordPolicy;
import org.grouprise.server.security.RateLimiter;
import org.grouprise.server.security.SecureTokens;
import org.grouprise.server.site.SiteRoutes;
import org.grouprise.server.site.SiteService;
import org.grouprise.server.subscriptions.SubscriptionActions;
import org.grouprise.server.subscriptions.SubscriptionRoutes;
import org.grouprise.server.subscriptions.SubscriptionService;
import org.grouprise.server.tasks.HousekeepingJob;
import org.grouprise.server.tasks.Task;
import org.grouprise.server.tasks.TaskRunner;
import org.grouprise.server.web.EntityRoute;
import org.grouprise.server.web.HealthRoutes;
import org.grouprise.server.web.QuestionCaptcha;
import org.grouprise.server.web.Router;
import org.grouprise.server.web.SessionMapper;
import org.grouprise.server.web.SessionStore;
import org.grouprise.server.web.StaticAssets;
import org.grouprise.server.web.Templates;
import org.grouprise.server.web.WebApp;
import org.grouprise.server.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

/**
 * The composition root: builds every component with its constructor, in dependency order, and
 * starts the listeners and the task runner that the settings switch on. Nothing else wires.
 */
public final class GroupriseServer implements AutoCloseable {
    /** Sets the first admin's password on an empty database (for automated installs). */
    public static final String ADMIN_PASSWORD_VARIABLE = "GROUPRISE_ADMIN_PASSWORD";
    private static final Logger LOGGER = LoggerFactory.getLogger(GroupriseServer.class);

    private final Settings settings;
    private final Database database;
    private final List<AutoCloseable> running;
    private final Optional<WebServer> web;
    private final Optional<TaskRunner> tasks;
    private final Optional<LmtpServer> lmtp;
    private final Optional<AdminApiServer> adminApi;
    private final Services services;

    private GroupriseServer(Settings settings, Database database, List<AutoCloseable> running,
            Listeners listeners, Optional<TaskRunner> tasks, Services services) {
        this.settings = settings;
        this.database = database;
        this.services = services;
        this.running = running;
        this.web = listeners.web();
        this.tasks = tasks;
        this.lmtp = listeners.lmtp();
        this.adminApi = listeners.adminApi();
    }

    /** The listeners that the settings switched on. */
    private record Listeners(Optional<WebServer> web, Optional<LmtpServer> lmtp,
            Optional<AdminApiServer> adminApi) {

        List<ListenerInfo> describe(Settings settings) {
            List<ListenerInfo> described = new ArrayList<>();
            web.ifPresent(server -> described.add(new ListenerInfo("web", settings.http().host(), server.port())));
            lmtp.ifPresent(server -> described.add(new ListenerInfo("lmtp", settings.lmtp().host(), server.port())));
            adminApi.ifPresent(server ->
                described.add(new ListenerInfo("admin-api", settings.adminApi().host(), server.port())));
            return List.copyOf(described);
        }
    }

    /**
     * Opens the database and starts what the settings switch on; {@code console} gets the notes an
     * operator must see once (where the server listens, a generated admin password), which never go
     * to the log.
     */
    public static GroupriseServer start(LoadedConfig config, Map<String, String> environment, PrintStream console) {
        return start(config.settings(), environment, console, Clock.systemUTC());
    }

    /** Starts with settings made in code and a given clock (tests, tools). */
    public static GroupriseServer start(Settings settings, Map<String, String> environment, PrintStream console,
            Clock clock) {
        Database database = openDatabase(settings);
        List<AutoCloseable> running = new ArrayList<>();
        try {
            return assemble(settings, clock, database, environment, console, running);
        } catch (RuntimeException e) {
            closeAll(running);
            database.close();
            throw e;
        }
    }

    private static GroupriseServer assemble(Settings settings, Clock clock, Database database,
            Map<String, String> environment, PrintStream console, List<AutoCloseable> running) {
        AtomicReference<TaskRunner> taskRunner = new AtomicReference<>();
        Services services = Services.build(settings, clock, database,
            () -> Optional.ofNullable(taskRunner.get()).ifPresent(runner -> runner.runNow(MailDelivery.TASK_NAME)));
        services.accounts().createInitialAdminIfEmpty(Optional.ofNullable(environment.get(ADMIN_PASSWORD_VARIABLE)))
            .ifPresent(admin -> announceAdmin(console, admin));
        services.accounts().unknownPersonId();
        services.site().ensureOperatorGroup();

        Optional<TaskRunner> tasks = Optional.empty();
        if (settings.tasksEnabled()) {
            tasks = Optional.of(TaskRunner.start(database, services.tasks()));
            taskRunner.set(tasks.get());
            running.add(tasks.get());
        }
        Optional<WebServer> web = Optional.empty();
        if (settings.http().enabled()) {
            web = Optional.of(startWeb(settings, database, services, tasks));
            running.add(web.get());
        }
        Optional<LmtpServer> lmtp = Optional.empty();
        if (settings.lmtp().enabled()) {
            lmtp = Optional.of(startLmtp(settings));
            running.add(lmtp.get());
        }
        AtomicReference<List<ListenerInfo>> listenerInfo = new AtomicReference<>(List.of());
        Optional<AdminApiServer> adminApi = Optional.empty();
        if (settings.adminApi().enabled()) {
            ServerFacts facts = new ServerFacts(() -> taskRunnerRunning(taskRunner), listenerInfo::get,
                version(), clock.instant());
            adminApi = Optional.of(startAdminApi(settings, clock, database, services, facts));
            running.add(adminApi.get());
        }

        Listeners listeners = new Listeners(web, lmtp, adminApi);
        listenerInfo.set(listeners.describe(settings));
        announceListeners(console, settings, listeners);
        LOGGER.info("grouprise started");
        return new GroupriseServer(settings, database, running, listeners, tasks, services);
    }

    /** Every feature's service, built in dependency order. */
    private record Services(RateLimiter rateLimiter, MailDelivery delivery, SessionStore sessions,
            MarkdownRenderer markdown, AccountService accounts, GroupService groups, SubscriptionService subscriptions,
            MembershipService memberships, SiteService site, ImageStore images, PersonImages personImages,
            GroupActionTokens groupTokens, MembershipActions membershipActions, GroupRecommendations recommendations,
            SubscriptionActions subscriptionActions, ContentService contents, MailOutbox outbox,
            IntSupplier adminTokenCleanup) {

        static Services build(Settings settings, Clock clock, Database database, Runnable wakeDelivery) {
            PasswordHasher hasher = new PasswordHasher();
            hasher.warmUp();
            RateLimiter rateLimiter = new RateLimiter(database, clock, settings.secretKey());
            AccountService.Security security =
                new AccountService.Security(hasher, new PasswordPolicy(), rateLimiter, new SecureTokens());
            MailOutbox outbox = new MailOutbox(database, settings, clock, wakeDelivery);
            SessionStore sessions = new SessionStore(database.mapper(SessionMapper.class), database.transactions(),
                clock, settings.sessionCookieAge());

            // People and groups share the /<slug>/ namespace: each asks the other before taking a slug.
            AtomicReference<GroupService> groupsHolder = new AtomicReference<>();
            AccountService accounts = new AccountService(database, security, outbox, sessions, settings,
                key -> groupsHolder.get().isSlugTaken(key), clock);
            AtomicReference<ContentService> contentsHolder = new AtomicReference<>();
            MarkdownRenderer markdown = new MarkdownRenderer(mentions(accounts, groupsHolder, contentsHolder),
                settings.siteUrl());
            GroupService groups = new GroupService(database, settings, accounts::isUsernameKeyTaken, markdown, clock);
            groupsHolder.set(groups);
            SubscriptionService subscriptions = new SubscriptionService(database, clock);
            MembershipService memberships = new MembershipService(database, groups, subscriptions, clock);
            groups.addFoundingStep(memberships::addFounder);
            ImageStore images = new ImageStore(settings.mediaPath(), settings.uploadMaxFileSizeBytes(),
                new SecureTokens());
            PersonImages personImages = new PersonImages(database, images);
            accounts.beforeDeletingAccount(personImages::forget);
            ContentService contents = new ContentService(database, groups, accounts, markdown, clock);
            contentsHolder.set(contents);
            accounts.beforeDeletingAccount(contents::handOver);
            groups.beforeDeletingGroup(contents::forgetGroup);
            GroupActionTokens groupTokens = new GroupActionTokens(database, new SecureTokens(), clock);
            GroupActionParts parts = new GroupActionParts(groups, accounts, groupTokens, outbox, rateLimiter, settings);
            SubscriptionActions subscriptionActions = new SubscriptionActions(database, subscriptions, parts);
            return new Services(rateLimiter, new MailDelivery(database, settings, clock), sessions, markdown, accounts,
                groups, subscriptions, memberships, new SiteService(database, settings, groups, accounts), images,
                personImages, groupTokens, new MembershipActions(database, memberships, parts),
                new GroupRecommendations(database, memberships, subscriptions, parts), subscriptionActions, contents,
                outbox, AdminApi.tokenCleanup(database, clock));
        }

        /**
         * Mentions ({@code @slug}) link groups by name and people by username (their real name only
         * when their profile is public); {@code @slug/content-slug} links a public content item by its
         * title (the HTML is stored for every reader, so an internal item stays unknown).
         */
        private static MentionResolver mentions(AccountService accounts, AtomicReference<GroupService> groups,
                AtomicReference<ContentService> contents) {
            return ref -> ref.isContent() ? contents.get().publicMention(ref.entity(), ref.content())
                .map(item -> new MentionTarget(item.title(), item.path()))
                : groups.get().findBySlug(ref.entity())
                .map(group -> new MentionTarget(group.name(), group.path()))
                .or(() -> accounts.findByUsername(ref.entity()).map(person -> new MentionTarget(
                    person.isPublic() ? person.displayName() : "@" + person.username(),
                    "/" + person.username() + "/")));
        }

        List<Task> tasks() {
            Map<String, IntSupplier> housekeeping = new LinkedHashMap<>();
            housekeeping.put("sessions", sessions::deleteExpired);
            housekeeping.put("tokens", accounts::deleteExpiredTokens);
            housekeeping.put("rate limit events", rateLimiter::deleteExpired);
            housekeeping.put("group scores", groups::updateScores);
            housekeeping.put("group action tokens", groupTokens::deleteExpired);
            housekeeping.put("admin API tokens", adminTokenCleanup);
            return List.of(delivery.task(), HousekeepingJob.task(housekeeping));
        }

        GroupRelations groupRelations() {
            return (groupId, personId) -> new GroupRelations.Relation(memberships.memberCount(groupId),
                personId.map(id -> memberships.isMember(groupId, id)).orElse(false),
                personId.map(id -> subscriptions.isSubscribed(groupId, id)).orElse(false));
        }
    }

    private static WebServer startWeb(Settings settings, Database database, Services services,
            Optional<TaskRunner> tasks) {
        Router router = new Router();
        new SiteRoutes(services.site(), services.groups(), services.contents()::everythingTeasers).register(router);
        new HealthRoutes(database::isReachable, () -> tasks.map(TaskRunner::isRunning).orElse(false),
            settings.tasksEnabled()).register(router);
        new LoginRoutes(services.accounts(), new QuestionCaptcha(settings.captcha(), settings.secretKey()))
            .register(router);
        new SettingsRoutes(services.accounts()).register(router);
        new MarkdownPreviewRoutes(services.markdown()).register(router);
        new ImageSettingsRoutes(services.personImages()).register(router);
        new MediaRoutes(services.images()).register(router);
        ProfileRoutes profiles = new ProfileRoutes(services.accounts(), services.personImages(),
            services.contents()::personTeasers);
        profiles.register(router);
        GroupImages groupImages = new GroupImages(services.groups(), services.images());
        GroupRoutes groupRoutes = new GroupRoutes(services.groups(), services.groupRelations(), groupImages,
            settings.domain(), settings.mailinglistEnabled(), services.contents()::groupTeasers);
        groupRoutes.register(router);
        new GroupImageRoutes(services.groups(), groupImages, services.groupRelations()).register(router);
        QuestionCaptcha groupCaptcha = new QuestionCaptcha(settings.captcha(), settings.secretKey());
        new MembershipRoutes(services.groups(), services.memberships(), services.membershipActions(),
            services.recommendations(), groupCaptcha).register(router);
        new SubscriptionRoutes(services.groups(), services.subscriptions(), services.subscriptionActions(),
            groupCaptcha).register(router);
        // After every route with a fixed second segment (/<slug>/imprint/), which /{entity}/{content}/ must not hide.
        new FeedRoutes(services.contents(), services.groups(), settings).register(router);
        new ContentRoutes(services.contents(), settings).register(router);
        new EntityRoute(List.of(groupRoutes::groupPage, profiles::profile)).register(router);

        StaticAssets assets = StaticAssets.bundled();
        WebApp app = new WebApp(router, new Templates(assets), assets, services.sessions(),
            services.accounts()::viewer, new WebApp.WebSettings(settings.transportSecurity().isOn(),
                settings.transportSecurity() == TransportSecurity.REVERSE_PROXY, settings.language(),
                settings.uploadMaxFileSizeBytes(), settings.dataPath().resolve("tmp").resolve("uploads")),
            jsonMapper());
        return WebServer.start(settings.http().host(), settings.http().port(), app);
    }

    private static AdminApiServer startAdminApi(Settings settings, Clock clock, Database database,
            Services services, ServerFacts facts) {
        AdminApi api = new AdminApi(database,
            new AdminApi.Features(services.accounts(), services.groups(), services.outbox()), facts, clock);
        return AdminApiServer.start(settings.adminApi(), AdminCertificate.loadOrCreate(settings), api);
    }

    private static boolean taskRunnerRunning(AtomicReference<TaskRunner> taskRunner) {
        return Optional.ofNullable(taskRunner.get()).map(TaskRunner::isRunning).orElse(false);
    }

    /** The jar's Implementation-Version; classes run from the build folder have none. */
    private static String version() {
        return Optional.ofNullable(GroupriseServer.class.getPackage().getImplementationVersion()).orElse("development");
    }

    private static LmtpServer startLmtp(Settings settings) {
        // TODO(#6): accept reply+<token>@ and group addresses
        InboundRecipients recipients = (sender, recipient) -> InboundReply.noSuchRecipient(recipient);
        InboundDelivery delivery = (message, recipient) -> InboundReply.noSuchRecipient(recipient);
        return LmtpServer.start(settings.lmtp(), settings.domain(),
            LmtpServer.maxMessageSize(settings.uploadMaxFileSizeBytes()), recipients, delivery);
    }

    /**
     * Opens (and migrates) the database with every feature's mappers, without starting any listener or
     * the task runner: for command-line tools that run next to a live server.
     */
    static Database openDatabase(Settings settings) {
        return Database.open(settings.database(), mappers());
    }

    /** Every MyBatis mapper of every feature, registered by hand (no classpath scanning). */
    static List<Class<?>> mappers() {
        List<Class<?>> mappers = new ArrayList<>();
        mappers.add(SessionMapper.class);
        mappers.addAll(RateLimiter.mappers());
        mappers.addAll(MailOutbox.mappers());
        mappers.addAll(AccountService.mappers());
        mappers.addAll(GroupService.mappers());
        mappers.addAll(SubscriptionService.mappers());
        mappers.addAll(MembershipService.mappers());
        mappers.addAll(SiteService.mappers());
        mappers.addAll(PersonImages.mappers());
        mappers.addAll(GroupActionTokens.mappers());
        mappers.addAll(ContentService.mappers());
        mappers.addAll(AdminApi.mappers());
        return mappers;
    }

    private static ObjectMapper jsonMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static void announceAdmin(PrintStream console, AccountService.InitialAdmin admin) {
        console.println();
        console.println("First staff account created: username '" + admin.username() + "'");
        admin.generatedPassword().ifPresentOrElse(
            password -> console.println("Its password (shown only this once): " + password),
            () -> console.println("Its password is the one in " + ADMIN_PASSWORD_VARIABLE + "."));
        console.println("Log in at /stadt/login/ and change it under /stadt/settings/password/.");
        console.println();
    }

    private static void announceListeners(PrintStream console, Settings settings, Listeners listeners) {
        listeners.web().ifPresent(server -> console.println("grouprise web pages: http://" + settings.http().host()
            + ":" + server.port() + "/  (public address " + settings.siteUrl() + ")"));
        listeners.lmtp().ifPresent(server ->
            console.println("LMTP: " + settings.lmtp().host() + ":" + server.port()));
        listeners.adminApi().ifPresent(server -> console.println("Admin API: https://" + settings.adminApi().host()
            + ":" + server.port() + "/  (certificate SHA-256 fingerprint " + server.fingerprint() + ")"));
        console.println("Database: " + settings.database().jdbcUrl());
        console.println(settings.emailSubmission().isPresent()
            ? "Outgoing mail: via " + settings.emailSubmission().get()
            : "Outgoing mail: no email_submission configured; mail stays queued in the outbox "
                + "(read it with: java -jar grouprise-server.jar mail-outbox).");
        console.println("Log in at " + settings.absoluteUrl("/stadt/login/"));
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    /** The port the web pages are served on (useful when the configuration asked for port 0). */
    public int webPort() {
        return web.orElseThrow(() -> new IllegalStateException("The web listener is switched off")).port();
    }

    /** The port the LMTP listener is bound to (useful when the configuration asked for port 0). */
    public int lmtpPort() {
        return lmtp.orElseThrow(() -> new IllegalStateException("The LMTP listener is switched off")).port();
    }

    /** The port the admin API is bound to (useful when the configuration asked for port 0). */
    public int adminApiPort() {
        return adminApiServer().port();
    }

    /** The SHA-256 fingerprint of the certificate the admin API presents. */
    public String adminApiFingerprint() {
        return adminApiServer().fingerprint();
    }

    private AdminApiServer adminApiServer() {
        return adminApi.orElseThrow(() -> new IllegalStateException("The admin API listener is switched off"));
    }

    public AccountService accounts() {
        return services.accounts();
    }

    public GroupService groups() {
        return services.groups();
    }

    public MembershipService memberships() {
        return services.memberships();
    }

    public SubscriptionService subscriptions() {
        return services.subscriptions();
    }

    public ContentService contents() {
        return services.contents();
    }

    public Optional<TaskRunner> tasks() {
        return tasks;
    }

    @Override
    public void close() {
        closeAll(running);
        database.close();
        LOGGER.info("grouprise stopped");
    }

    private static void closeAll(List<AutoCloseable> components) {
        for (int i = components.size() - 1; i >= 0; i--) {
            try {
                components.get(i).close();
            } catch (Exception e) {
                LOGGER.warn("Stopping {} failed", components.get(i).getClass().getSimpleName(), e);
            }
        }
    }
}
