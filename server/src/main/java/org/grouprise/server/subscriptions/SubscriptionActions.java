package org.grouprise.server.subscriptions;

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
 * Subscribing and unsubscribing by e-mail without logging in, confirmed by a mailed single-use
 * link: grouprise subscribes any address it is given without asking its owner; we ask.
 */
public final class SubscriptionActions {
    static final String SUBSCRIBE = "group-subscribe";
    static final String UNSUBSCRIBE = "group-unsubscribe";
    /** Mails with links per address, so that the forms cannot flood somebody's mailbox. */
    static final RateLimit LINK_MAILS_PER_ADDRESS = new RateLimit("group-subscription-email", 3, Duration.ofHours(1));

    private final SubscriptionService subscriptions;
    private final GroupService groups;
    private final AccountService accounts;
    private final GroupActionTokens tokens;
    private final MailOutbox outbox;
    private final RateLimiter rateLimiter;
    private final Transactions transactions;
    private final SubscriptionMails mails;

    /** What became of a request to subscribe by e-mail. */
    public enum Requested {
        /** A confirmation link went to the address. */
        LINK_MAILED,
        /** The address belongs to an account with a password: its owner should log in and subscribe. */
        LOGIN_NEEDED
    }

    public SubscriptionActions(Database database, SubscriptionService subscriptions, GroupActionParts parts) {
        this.subscriptions = subscriptions;
        this.groups = parts.groups();
        this.accounts = parts.accounts();
        this.tokens = parts.tokens();
        this.outbox = parts.outbox();
        this.rateLimiter = parts.rateLimiter();
        this.transactions = database.transactions();
        this.mails = new SubscriptionMails(parts.settings());
    }

    /** Mails a link that subscribes the address (through its implicit account), unless it should log in. */
    public Requested requestSubscription(Group group, String emailText, Locale language) {
        EmailAddress email = parse(emailText);
        Optional<Person> owner = accounts.findByEmail(email.value());
        if (owner.isPresent() && accounts.hasPassword(owner.get().id())) {
            return Requested.LOGIN_NEEDED;
        }
        checkRate(email);
        transactions.run(() -> {
            Person person = accounts.implicitAccount(email.value(), language);
            String token = tokens.issue(SUBSCRIBE, group.id(), person.id());
            outbox.enqueue(mails.subscribeLink(email.value(), language, group, token));
        });
        return Requested.LINK_MAILED;
    }

    /** The group a subscribe link would subscribe to, while the link is valid. */
    public Optional<Group> pendingSubscription(String token) {
        return tokens.find(token, SUBSCRIBE).flatMap(this::groupOf);
    }

    /** Subscribes with a mailed link and uses it up; empty when the link is no longer valid. */
    public Optional<Group> confirmSubscription(String token) {
        return tokens.redeem(token, SUBSCRIBE, found -> subscriptions.subscribe(found.groupId(), found.personId()))
            .flatMap(this::groupOf);
    }

    /**
     * Mails a link that ends the address's subscription, or, when there is none, a mail saying so:
     * the page answers the same either way, so that it tells nobody who follows the group.
     */
    public void requestUnsubscription(Group group, String emailText, Locale language) {
        EmailAddress email = parse(emailText);
        checkRate(email);
        Optional<Person> subscriber = accounts.findByEmail(email.value())
            .filter(person -> subscriptions.isSubscribed(group.id(), person.id()));
        transactions.run(() -> {
            if (subscriber.isPresent()) {
                String token = tokens.issue(UNSUBSCRIBE, group.id(), subscriber.get().id());
                outbox.enqueue(mails.unsubscribeLink(email.value(), language, group, token));
            } else {
                outbox.enqueue(mails.noSubscription(email.value(), language, group));
            }
        });
    }

    /** The group an unsubscribe link would unsubscribe from, while the link is valid. */
    public Optional<Group> pendingUnsubscription(String token) {
        return tokens.find(token, UNSUBSCRIBE).flatMap(this::groupOf);
    }

    /** Unsubscribes with a mailed link and uses it up; empty when the link is no longer valid. */
    public Optional<Group> confirmUnsubscription(String token) {
        return tokens.redeem(token, UNSUBSCRIBE, found -> subscriptions.unsubscribe(found.groupId(), found.personId()))
            .flatMap(this::groupOf);
    }

    private Optional<Group> groupOf(GroupActionToken token) {
        return groups.find(token.groupId());
    }

    private void checkRate(EmailAddress email) {
        if (!rateLimiter.allow(LINK_MAILS_PER_ADDRESS, email.value().toLowerCase(Locale.ROOT))) {
            throw new SubscriptionException("subscription.rateLimited");
        }
    }

    private static EmailAddress parse(String text) {
        if (text.isBlank()) {
            throw new SubscriptionException("field.required");
        }
        try {
            return EmailAddress.of(text.strip());
        } catch (IllegalArgumentException e) {
            throw new SubscriptionException("field.email.invalid");
        }
    }
}
