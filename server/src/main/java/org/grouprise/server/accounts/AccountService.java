package org.grouprise.server.accounts;

import org.grouprise.model.EmailAddress;
import org.grouprise.server.config.Settings;
import org.grouprise.server.db.Database;
import org.grouprise.server.db.NewRow;
import org.grouprise.server.db.Transactions;
import org.grouprise.server.mail.outbound.MailOutbox;
import org.grouprise.server.security.PasswordHasher;
import org.grouprise.server.security.PasswordPolicy;
import org.grouprise.server.security.PasswordViolation;
import org.grouprise.server.security.RateLimit;
import org.grouprise.server.security.RateLimiter;
import org.grouprise.server.security.SecureTokens;
import org.grouprise.server.web.FormErrors;
import org.grouprise.server.web.Paged;
import org.grouprise.server.web.SessionStore;
import org.grouprise.server.web.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * Accounts of people: everything the signup, login and settings pages do, and the lookups other
 * features need. Passwords are hashed outside of database transactions, since hashing takes tens of
 * milliseconds and SQLite admits one writer at a time.
 */
public final class AccountService {
    static final String CONFIRM_PURPOSE = "confirm-email";
    static final String RESET_PURPOSE = "password-reset";
    static final Duration CONFIRM_LIFETIME = Duration.ofDays(3);
    static final Duration RESET_LIFETIME = Duration.ofDays(1);
    static final String UNKNOWN_USERNAME = "unknown";
    private static final Logger LOGGER = LoggerFactory.getLogger(AccountService.class);

    private final AccountMapper mapper;
    private final Transactions transactions;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final RateLimiter rateLimiter;
    private final SecureTokens tokens;
    private final MailOutbox outbox;
    private final SessionStore sessions;
    private final AccountMails mails;
    private final Usernames usernames;
    private final Settings settings;
    private final Clock clock;
    private final String timingDummyHash;
    private final Predicate<String> otherSlugOwners;
    private final List<LongConsumer> deletionSteps = new CopyOnWriteArrayList<>();

    /**
     * {@code otherSlugOwners} tells whether a slug key is taken by something else in the
     * {@code /<slug>/} namespace (a group), so that usernames never clash with it.
     */
    public AccountService(Database database, Security security, MailOutbox outbox, SessionStore sessions,
            Settings settings, Predicate<String> otherSlugOwners, Clock clock) {
        this.otherSlugOwners = otherSlugOwners;
        this.mapper = database.mapper(AccountMapper.class);
        this.transactions = database.transactions();
        this.hasher = security.hasher();
        this.policy = security.policy();
        this.rateLimiter = security.rateLimiter();
        this.tokens = security.tokens();
        this.outbox = outbox;
        this.sessions = sessions;
        this.mails = new AccountMails(settings);
        this.usernames = new Usernames(settings.entitySlugBlacklist());
        this.settings = settings;
        this.clock = clock;
        this.timingDummyHash = hasher.hash(tokens.newToken());
    }

    /** The security components the accounts feature uses. */
    public record Security(PasswordHasher hasher, PasswordPolicy policy, RateLimiter rateLimiter,
            SecureTokens tokens) {
    }

    /** The mapper the composition root registers with the database. */
    public static List<Class<?>> mappers() {
        return List.of(AccountMapper.class);
    }

    // --- signup and login -------------------------------------------------------------------

    /**
     * Creates an account, or claims the implicit account of the address (one made from an e-mail
     * address alone), and queues the confirmation mail. Answers the person's id.
     */
    public long signUp(String emailText, String password, String password2, String clientAddress, Locale language) {
        EmailAddress email = parseEmail("email", emailText);
        if (!password.equals(password2)) {
            throw new AccountException("password2", "password.mismatch");
        }
        Optional<PersonRow> existing = mapper.findPersonByEmailKey(emailKey(email));
        if (existing.isPresent() && existing.get().passwordHash() != null) {
            throw new AccountException("email", "signup.emailTaken");
        }
        String username = existing.map(PersonRow::username)
            .orElseGet(() -> usernames.derive(email.value(), this::isUsernameTaken));
        checkPassword("password1", password, username, email.value());
        if (!rateLimiter.allow(RateLimit.SIGNUP_PER_CLIENT, clientAddress)) {
            throw AccountException.forForm("signup.rateLimited");
        }
        String hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            long personId = existing.map(PersonRow::id)
                .orElseGet(() -> insertPerson(username, hash, false, language.getLanguage()));
            existing.ifPresent(person -> mapper.updatePassword(person.id(), hash));
            EmailAddressRow address = mapper.findEmailByKey(emailKey(email))
                .orElseGet(() -> insertEmail(personId, email, true));
            if (!address.verified()) {
                sendConfirmation(address, language);
            }
            LOGGER.info("Person {} signed up{}", personId, existing.isPresent() ? " (claimed implicit account)" : "");
            return personId;
        });
    }

    /**
     * The person whose login (e-mail address or username) and password match. After five failures
     * within 15 minutes for the account or the client address every try is refused for 15 minutes.
     */
    public Optional<Person> authenticate(String login, String password, String clientAddress) {
        String loginKey = login.strip().toLowerCase(Locale.ROOT);
        Optional<PersonRow> person = loginKey.contains("@")
            ? mapper.findPersonByEmailKey(loginKey) : mapper.findPersonByUsernameKey(loginKey);
        String accountSubject = person.map(row -> "person:" + row.id()).orElse("login:" + loginKey);
        if (rateLimiter.isBlocked(RateLimit.LOGIN_PER_ACCOUNT, accountSubject)
                || rateLimiter.isBlocked(RateLimit.LOGIN_PER_CLIENT, clientAddress)) {
            throw AccountException.forForm("login.blocked");
        }
        if (!passwordMatches(person, password)) {
            rateLimiter.recordFailure(RateLimit.LOGIN_PER_ACCOUNT, accountSubject);
            rateLimiter.recordFailure(RateLimit.LOGIN_PER_CLIENT, clientAddress);
            return Optional.empty();
        }
        PersonRow row = person.get();
        rateLimiter.reset(RateLimit.LOGIN_PER_ACCOUNT, accountSubject);
        String upgradedHash = hasher.needsRehash(row.passwordHash()) ? hasher.hash(password) : null;
        transactions.run(() -> {
            mapper.updateLastLogin(row.id(), clock.instant());
            if (upgradedHash != null) {
                mapper.updatePassword(row.id(), upgradedHash);
            }
        });
        return Optional.of(row.toPerson());
    }

    /** Verifies against a dummy hash when there is no account, so that timing does not tell which logins exist. */
    private boolean passwordMatches(Optional<PersonRow> person, String password) {
        if (person.isEmpty() || !person.get().canLogIn()) {
            hasher.verify(password, timingDummyHash);
            return false;
        }
        return hasher.verify(password, person.get().passwordHash());
    }

    /**
     * The account of an address, created without a password when there is none (grouprise's
     * implicit accounts for people who only write mail); signing up with the address claims it.
     */
    public Person implicitAccount(String emailText, Locale language) {
        EmailAddress email = parseEmail("email", emailText);
        return transactions.inTransaction(() -> mapper.findPersonByEmailKey(emailKey(email)).orElseGet(() -> {
            String username = usernames.derive(email.value(), this::isUsernameTaken);
            long personId = insertPerson(username, null, false, language.getLanguage());
            insertEmail(personId, email, true);
            return mapper.findPersonById(personId).orElseThrow();
        }).toPerson());
    }

    // --- passwords ---------------------------------------------------------------------------

    /**
     * Mails a one-time link to choose a new password when an account uses the address. The answer
     * is the same whether or not one does, so that the form tells nobody which addresses exist.
     */
    public void requestPasswordReset(String emailText, Locale language) {
        EmailAddress email = parseEmail("email", emailText);
        if (!rateLimiter.allow(RateLimit.PASSWORD_RESET_PER_EMAIL, email.value())) {
            throw AccountException.forForm("reset.rateLimited");
        }
        transactions.run(() -> mapper.findEmailByKey(emailKey(email)).ifPresent(address -> {
            PersonRow person = mapper.findPersonById(address.personId()).orElseThrow();
            if (!person.active()) {
                return;
            }
            String key = newToken(RESET_PURPOSE, person.id(), Optional.of(address.id()), RESET_LIFETIME);
            outbox.enqueue(mails.passwordReset(address.email(), key, languageOf(person, language)));
        }));
    }

    /** Whether a password reset link is still valid. */
    public boolean isResetKeyValid(String key) {
        return findToken(key, RESET_PURPOSE).isPresent();
    }

    /**
     * Sets a new password with a reset link; the link then stops working, every other session of
     * the person ends, and the address the link went to counts as confirmed. Answers the person's id.
     */
    public long resetPassword(String key, String password1, String password2) {
        TokenRow token = findToken(key, RESET_PURPOSE).orElseThrow(() -> AccountException.forForm("reset.key.invalid"));
        PersonRow person = mapper.findPersonById(token.personId()).orElseThrow();
        String hash = newPasswordHash(person, password1, password2);
        transactions.run(() -> {
            mapper.updatePassword(person.id(), hash);
            mapper.deleteTokens(person.id(), RESET_PURPOSE);
            if (token.emailAddressId() != null) {
                mapper.markEmailVerified(token.emailAddressId());
            }
            sessions.deleteAllFor(person.id());
        });
        LOGGER.info("Person {} set a new password with a reset link", person.id());
        return person.id();
    }

    /** Changes the password; the current one is needed unless the account has none yet. */
    public void changePassword(long personId, String oldPassword, String password1, String password2) {
        PersonRow person = mapper.findPersonById(personId).orElseThrow();
        if (person.passwordHash() != null && !hasher.verify(oldPassword, person.passwordHash())) {
            throw new AccountException("oldpassword", "password.oldWrong");
        }
        String hash = newPasswordHash(person, password1, password2);
        transactions.run(() -> mapper.updatePassword(personId, hash));
    }

    public boolean hasPassword(long personId) {
        return mapper.findPersonById(personId).map(person -> person.passwordHash() != null).orElse(false);
    }

    // --- e-mail addresses --------------------------------------------------------------------

    public List<EmailAddressView> emailAddresses(long personId) {
        return mapper.listEmails(personId).stream().map(EmailAddressRow::toView).toList();
    }

    /** Adds an unconfirmed address and mails it a confirmation link; it becomes primary if the person has none. */
    public void addEmail(long personId, String emailText, Locale language) {
        EmailAddress email = parseEmail("email", emailText);
        transactions.run(() -> {
            if (mapper.findEmailByKey(emailKey(email)).isPresent()) {
                throw new AccountException("email", "email.taken");
            }
            boolean first = mapper.listEmails(personId).isEmpty();
            sendConfirmation(insertEmail(personId, email, first), language);
        });
    }

    public void resendConfirmation(long personId, String emailText, Locale language) {
        transactions.run(() -> {
            EmailAddressRow address = ownAddress(personId, emailText);
            if (!address.verified()) {
                mapper.deleteTokens(personId, CONFIRM_PURPOSE);
                sendConfirmation(address, language);
            }
        });
    }

    public void makePrimary(long personId, String emailText) {
        transactions.run(() -> {
            EmailAddressRow address = ownAddress(personId, emailText);
            if (!address.verified()) {
                throw AccountException.forForm("email.primaryNeedsConfirmation");
            }
            mapper.clearPrimary(personId);
            mapper.markPrimary(address.id());
        });
    }

    public void removeEmail(long personId, String emailText) {
        transactions.run(() -> {
            EmailAddressRow address = ownAddress(personId, emailText);
            if (address.isPrimary()) {
                throw AccountException.forForm("email.cannotRemovePrimary");
            }
            mapper.deleteEmail(address.id());
        });
    }

    /** The address a confirmation link stands for, while the link is valid. */
    public Optional<String> pendingConfirmation(String key) {
        return findToken(key, CONFIRM_PURPOSE)
            .flatMap(token -> mapper.findEmailById(token.emailAddressId()))
            .map(EmailAddressRow::email);
    }

    /** Confirms the address of a valid link and answers it; the link works once. */
    public Optional<String> confirmEmail(String key) {
        return transactions.inTransaction(() -> {
            Optional<TokenRow> token = findToken(key, CONFIRM_PURPOSE);
            Optional<EmailAddressRow> address = token.flatMap(row -> mapper.findEmailById(row.emailAddressId()));
            address.ifPresent(row -> {
                mapper.markEmailVerified(row.id());
                mapper.deleteToken(token.get().tokenHash());
            });
            return address.map(EmailAddressRow::email);
        });
    }

    // --- profile and settings ----------------------------------------------------------------

    public Optional<Person> findByUsername(String username) {
        return mapper.findPersonByUsernameKey(Usernames.key(username))
            .filter(PersonRow::active)
            .map(PersonRow::toPerson);
    }

    public Optional<Person> findById(long personId) {
        return mapper.findPersonById(personId).map(PersonRow::toPerson);
    }

    /** The active person who uses the address, without creating one (unlike {@link #implicitAccount}). */
    public Optional<Person> findByEmail(String emailText) {
        return mapper.findPersonByEmailKey(emailKey(parseEmail("email", emailText)))
            .filter(PersonRow::active)
            .map(PersonRow::toPerson);
    }

    /** The logged-in person as the web layer needs them; a deleted or inactive person has none. */
    public Optional<Viewer> viewer(long personId) {
        return mapper.findPersonById(personId).filter(PersonRow::active).map(row -> new Viewer(row.id(),
            row.username(), row.toPerson().displayName(), row.staff(), Optional.ofNullable(row.language())));
    }

    public ProfileForm profileForm(long personId) {
        PersonRow row = mapper.findPersonById(personId).orElseThrow();
        return new ProfileForm(row.firstName(), row.lastName(), row.username(), row.about(), row.isPublic(),
            row.language() == null ? "" : row.language());
    }

    public void updateProfile(long personId, ProfileForm form) {
        if (!usernames.isWellFormed(form.slug())) {
            throw new AccountException("slug", "slug.invalid");
        }
        if (form.firstName().length() > 150 || form.lastName().length() > 150) {
            throw new AccountException(form.firstName().length() > 150 ? "first_name" : "last_name", "field.tooLong");
        }
        if (form.about().length() > 20_000) {
            throw new AccountException("about", "field.tooLong");
        }
        String language = List.of("de", "en").contains(form.language()) ? form.language() : "";
        ProfileForm checked = new ProfileForm(form.firstName().strip(), form.lastName().strip(), form.slug(),
            form.about(), form.isPublic(), language);
        transactions.run(() -> {
            Optional<PersonRow> holder = mapper.findPersonByUsernameKey(Usernames.key(form.slug()));
            boolean kept = holder.isPresent() && holder.get().id() == personId;
            // A name kept stays allowed even when reserved: the first admin is called "admin".
            if (!kept && (isUsernameTaken(Usernames.key(form.slug())) || usernames.isReserved(form.slug()))) {
                throw new AccountException("slug", "slug.taken");
            }
            mapper.updateProfile(personId, checked, Usernames.key(form.slug()));
        });
    }

    public NotificationSettings notificationSettings(long personId) {
        PersonRow row = mapper.findPersonById(personId).orElseThrow();
        return new NotificationSettings(row.receivesInboxNotifications(), row.receivesEmailNotifications(),
            row.receivesMatrixNotifications());
    }

    public void updateNotificationSettings(long personId, NotificationSettings notificationSettings) {
        transactions.run(() -> mapper.updateNotifications(personId, notificationSettings));
    }

    /** Public profiles, most active first, one page of the directory. */
    public Paged<Person> publicPeople(int page) {
        List<Person> people = mapper.listPublic(Paged.offset(page, Paged.DEFAULT_SIZE), Paged.DEFAULT_SIZE).stream()
            .map(PersonRow::toPerson).toList();
        return new Paged<>(people, page, mapper.countPublic(), Paged.DEFAULT_SIZE);
    }

    // --- deletion and system accounts --------------------------------------------------------

    /**
     * Deletes the account with its addresses, tokens and sessions. What the person wrote stays and
     * belongs to the "unknown" person afterwards (a deletion step of content hands it over).
     */
    public void deleteAccount(long personId) {
        long unknown = unknownPersonId();
        if (personId == unknown) {
            throw AccountException.forForm("delete.notAllowed");
        }
        transactions.run(() -> {
            deletionSteps.forEach(step -> step.accept(personId));
            sessions.deleteAllFor(personId);
            mapper.deletePerson(personId);
        });
        LOGGER.info("Person {} deleted their account", personId);
    }

    /**
     * Adds a step that runs in the transaction that deletes an account, before the person's row goes
     * (other features clean up what hangs on the person, such as image files).
     */
    public void beforeDeletingAccount(LongConsumer step) {
        deletionSteps.add(step);
    }

    /** The person that owns what deleted accounts wrote: {@code unknown_gestalt_id}, or one made for it. */
    public long unknownPersonId() {
        if (settings.unknownGestaltId().isPresent()) {
            return settings.unknownGestaltId().get();
        }
        return mapper.findPersonByUsernameKey(UNKNOWN_USERNAME).map(PersonRow::id)
            .orElseGet(() -> transactions.inTransaction(
                () -> insertPerson(UNKNOWN_USERNAME, null, false, null)));
    }

    /**
     * On the first start against an empty database: creates the first staff account. Answers the
     * password when it was generated here (to be shown once), empty otherwise.
     */
    public Optional<InitialAdmin> createInitialAdminIfEmpty(Optional<String> givenPassword) {
        if (mapper.countPersons() > 0) {
            return Optional.empty();
        }
        String username = settings.initialAdminUsername();
        String password = givenPassword.filter(value -> !value.isBlank()).orElseGet(tokens::newToken);
        String hash = hasher.hash(password);
        transactions.run(() -> insertPerson(username, hash, true, null));
        LOGGER.info("Created the first staff account '{}'", username);
        return Optional.of(new InitialAdmin(username, givenPassword.isPresent() ? Optional.empty()
            : Optional.of(password)));
    }

    /** The first staff account; the password is present only when it was generated. */
    public record InitialAdmin(String username, Optional<String> generatedPassword) {
    }

    /** The oldest active staff account, which founds the operator group on a new site. */
    public Optional<Long> firstStaffId() {
        return mapper.firstStaffId();
    }

    /**
     * One page of all accounts, active or not, whose username, name or an e-mail address contains
     * {@code text} (ignoring case; every account when it is blank), oldest first, for the admin console.
     */
    public List<AccountSummary> search(String text, long offset, int limit) {
        return mapper.search(searchPattern(text), offset, limit).stream().map(PersonRow::toSummary).toList();
    }

    /** How many accounts {@link #search} finds in all. */
    public long searchCount(String text) {
        return mapper.countSearch(searchPattern(text));
    }

    /** A LIKE pattern for the text with its own wildcards taken literally; {@code %} (all) when blank. */
    private static String searchPattern(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        return "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** How many accounts there are, active or not, for the admin overview. */
    public long peopleCount() {
        return mapper.countPersons();
    }

    /** How many people have a public profile, for the start page. */
    public long publicPeopleCount() {
        return mapper.countPublic();
    }

    /** Deletes expired one-time tokens; a periodic task calls it. */
    public int deleteExpiredTokens() {
        return mapper.deleteExpiredTokens(clock.instant());
    }

    // --- helpers -----------------------------------------------------------------------------

    /** Whether a person or a group uses the slug key already. */
    private boolean isUsernameTaken(String key) {
        return mapper.countUsernameKey(key) > 0 || otherSlugOwners.test(key);
    }

    /** Whether a person has this username (lower case); groups ask before they take a slug. */
    public boolean isUsernameKeyTaken(String key) {
        return mapper.countUsernameKey(key) > 0;
    }

    private long insertPerson(String username, String passwordHash, boolean staff, String language) {
        Map<String, Object> values = new HashMap<>();
        values.put("username", username);
        values.put("usernameKey", Usernames.key(username));
        values.put("passwordHash", passwordHash);
        values.put("staff", staff);
        values.put("active", !username.equals(UNKNOWN_USERNAME));
        values.put("language", language);
        values.put("joinedAt", clock.instant());
        NewRow row = new NewRow(values);
        mapper.insertPerson(row);
        return row.getId();
    }

    private EmailAddressRow insertEmail(long personId, EmailAddress email, boolean primary) {
        Instant now = clock.instant();
        Map<String, Object> values = new HashMap<>();
        values.put("personId", personId);
        values.put("email", email.value());
        values.put("emailKey", emailKey(email));
        values.put("verified", false);
        values.put("primary", primary);
        values.put("createdAt", now);
        NewRow row = new NewRow(values);
        mapper.insertEmail(row);
        return new EmailAddressRow(row.getId(), personId, email.value(), false, primary, now);
    }

    private void sendConfirmation(EmailAddressRow address, Locale language) {
        String key = newToken(CONFIRM_PURPOSE, address.personId(), Optional.of(address.id()), CONFIRM_LIFETIME);
        outbox.enqueue(mails.confirmation(address.email(), key, language));
    }

    private String newToken(String purpose, long personId, Optional<Long> emailAddressId, Duration lifetime) {
        String key = tokens.newToken();
        Instant now = clock.instant();
        mapper.insertToken(new TokenRow(SecureTokens.sha256Hex(key), purpose, personId, emailAddressId.orElse(null),
            now, now.plus(lifetime)));
        return key;
    }

    private Optional<TokenRow> findToken(String key, String purpose) {
        return mapper.findToken(SecureTokens.sha256Hex(key), purpose, clock.instant());
    }

    private EmailAddressRow ownAddress(long personId, String emailText) {
        EmailAddress email = parseEmail(FormErrors.FORM, emailText);
        return mapper.findEmailByKey(emailKey(email)).filter(row -> row.personId() == personId)
            .orElseThrow(() -> AccountException.forForm("email.unknown"));
    }

    private String newPasswordHash(PersonRow person, String password1, String password2) {
        if (!password1.equals(password2)) {
            throw new AccountException("password2", "password.mismatch");
        }
        String email = mapper.listEmails(person.id()).stream().findFirst().map(EmailAddressRow::email).orElse("");
        checkPassword("password1", password1, person.username(), email);
        return hasher.hash(password1);
    }

    private void checkPassword(String field, String password, String username, String email) {
        List<PasswordViolation> violations = policy.check(password, username, email);
        if (!violations.isEmpty()) {
            throw new AccountException(field, "password." + violations.get(0).name());
        }
    }

    private static EmailAddress parseEmail(String field, String text) {
        if (text.isBlank()) {
            throw new AccountException(field, "field.required");
        }
        try {
            return EmailAddress.of(text);
        } catch (IllegalArgumentException e) {
            throw new AccountException(field, "field.email.invalid");
        }
    }

    private static String emailKey(EmailAddress email) {
        return email.value().toLowerCase(Locale.ROOT);
    }

    private static Locale languageOf(PersonRow person, Locale fallback) {
        return person.language() == null ? fallback : Locale.forLanguageTag(person.language());
    }
}
