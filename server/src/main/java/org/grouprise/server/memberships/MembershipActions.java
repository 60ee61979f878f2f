package org.grouprise.server.memberships;

import org.grouprise.model.EmailAddress;
import org.grouprise.server.accounts.AccountService;
import org.grouprise.server.accounts.Person;
import org.grouprise.server.db.Database;
import org.grouprise.server.db.Transactions;
import org.grouprise.server.groups.Group;
import org.grouprise.server.groups.GroupActionParts;
import org.grouprise.server.groups.GroupActionToken;
import org.grouprise.server.groups.GroupActionTokens;
import org.grouprise.server.groups.GroupService;
import org.grouprise.server.mail.outbound.MailOutbox;
import org.grouprise.server.security.RateLimit;
import org.grouprise.server.security.RateLimiter;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The membership changes that send mail: a member adds someone by address (and every member hears
 * of it), and people without a login join or resign through single-use links mailed to them.
 */
public final class MembershipActions {
    static final String JOIN = "group-join";
    static final String RESIGN = "group-resign";
    /** Mails with links per address, so that the forms cannot flood somebody's mailbox. */
    static final RateLimit LINK_MAILS_PER_ADDRESS = new RateLimit("group-membership-email", 3, Duration.ofHours(1));

    private final MembershipService memberships;
    private final GroupService groups;
    private final AccountService accounts;
    private final GroupActionTokens tokens;
    private final MailOutbox outbox;
    private final RateLimiter rateLimiter;
    private final Transactions transactions;
    private final MembershipMails mails;
    private final Recipients recipients;

    public MembershipActions(Database database, MembershipService memberships, GroupActionParts parts) {
        this.memberships = memberships;
        this.groups = parts.groups();
        this.accounts = parts.accounts();
        this.tokens = parts.tokens();
        this.outbox = parts.outbox();
        this.rateLimiter = parts.rateLimiter();
        this.transactions = database.transactions();
        this.mails = new MembershipMails(parts.settings());
        this.recipients = new Recipients(accounts, parts.settings().language());
    }

    /**
     * A member adds the owner of the address to a closed group (an unknown address gets an implicit
     * account); every member, the new one included, gets a mail about it in the same transaction.
     * Answers false when the person was a member already.
     */
    public boolean addByEmail(Group group, String emailText, long addedBy, Locale language) {
        EmailAddress email = parse(emailText);
        if (!group.closed()) {
            throw new MembershipException("membership.addOpen");
        }
        return transactions.inTransaction(() -> {
            Person added = accounts.implicitAccount(email.value(), language);
            if (!memberships.add(group.id(), added.id(), addedBy)) {
                return false;
            }
            Person adder = accounts.findById(addedBy).orElseThrow();
            boolean needsSignup = !accounts.hasPassword(added.id());
            for (long memberId : memberships.memberIds(group.id())) {
                boolean isNew = memberId == added.id();
                recipients.of(memberId).ifPresent(recipient -> outbox.enqueue(
                    mails.membershipCreated(recipient, group, added, adder, isNew && needsSignup)));
            }
            return true;
        });
    }

    /** Mails a link that joins the open group; the owner of the address gets an implicit account if needed. */
    public void requestJoin(Group group, String emailText, Locale language) {
        EmailAddress email = parse(emailText);
        if (group.closed()) {
            throw new MembershipException("membership.closed");
        }
        checkRate(email);
        transactions.run(() -> {
            Person person = accounts.implicitAccount(email.value(), language);
            String token = tokens.issue(JOIN, group.id(), person.id());
            outbox.enqueue(mails.joinLink(email.value(), language, group, token));
        });
    }

    /** The group a join link would join, while the link is valid; using it is {@link #confirmJoin}. */
    public Optional<Group> pendingJoin(String token) {
        return tokens.find(token, JOIN).flatMap(this::groupOf);
    }

    /** Joins with a mailed link and uses it up; empty when the link is no longer valid. */
    public Optional<Group> confirmJoin(String token) {
        return tokens.redeem(token, JOIN, found -> memberships.join(found.groupId(), found.personId()))
            .flatMap(this::groupOf);
    }

    /**
     * Mails a link that ends the address's membership, or, when it has none, a mail saying so: the
     * page answers the same either way, so that it tells nobody who is a member.
     */
    public void requestResign(Group group, String emailText, Locale language) {
        EmailAddress email = parse(emailText);
        checkRate(email);
        Optional<Person> member = accounts.findByEmail(email.value())
            .filter(person -> memberships.isMember(group.id(), person.id()));
        transactions.run(() -> {
            if (member.isPresent()) {
                String token = tokens.issue(RESIGN, group.id(), member.get().id());
                outbox.enqueue(mails.resignLink(email.value(), language, group, token));
            } else {
                outbox.enqueue(mails.noMembership(email.value(), language, group));
            }
        });
    }

    /** The group a resign link would leave, while the link is valid. */
    public Optional<Group> pendingResign(String token) {
        return tokens.find(token, RESIGN).flatMap(this::groupOf);
    }

    /** Resigns with a mailed link (membership and subscription) and uses it up; empty when no longer valid. */
    public Optional<Group> confirmResign(String token) {
        return tokens.redeem(token, RESIGN, found -> memberships.resign(found.groupId(), found.personId()))
            .flatMap(this::groupOf);
    }

    private Optional<Group> groupOf(GroupActionToken token) {
        return groups.find(token.groupId());
    }

    private void checkRate(EmailAddress email) {
        if (!rateLimiter.allow(LINK_MAILS_PER_ADDRESS, email.value().toLowerCase(Locale.ROOT))) {
            throw new MembershipException("membership.rateLimited");
        }
    }

    static EmailAddress parse(String text) {
        if (text.isBlank()) {
            throw new MembershipException("field.required");
        }
        try {
            return EmailAddress.of(text.strip());
        } catch (IllegalArgumentException e) {
            throw new MembershipException("field.email.invalid");
        }
    }
}
