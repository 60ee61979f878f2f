package org.grouprise.server.memberships;

import org.grouprise.model.EmailAddress;
import org.grouprise.server.accounts.AccountService;
import org.grouprise.server.accounts.Person;
import org.grouprise.server.config.Settings;
import org.grouprise.server.db.Database;
import org.grouprise.server.db.Transactions;
import org.grouprise.server.groups.Group;
import org.grouprise.server.groups.GroupActionParts;
import org.grouprise.server.mail.outbound.MailOutbox;
import org.grouprise.server.memberships.MembershipMails.Recipient;
import org.grouprise.server.security.RateLimit;
import org.grouprise.server.security.RateLimiter;
import org.grouprise.server.subscriptions.SubscriptionService;
import org.grouprise.server.web.Messages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Recommend this group": a member or subscriber mails a text to addresses and {@code @usernames}.
 * Unknown usernames are reported rather than dropped (grouprise drops them without a word).
 */
public final class GroupRecommendations {
    /** Recipients per sender, so that the form is no way to send bulk mail from this domain. */
    static final RateLimit RECIPIENTS_PER_SENDER = new RateLimit("group-recommend-sender", 20, Duration.ofHours(1));
    static final int MAX_TEXT_LENGTH = 5000;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s,;<>()\"'@]+@[^\\s,;<>()\"'@]+\\.[^\\s,;<>()\"'@]+");
    private static final Pattern USERNAME = Pattern.compile("(?<![^\\s,;(<])@([\\w.+-]+)");

    private final MembershipService memberships;
    private final SubscriptionService subscriptions;
    private final AccountService accounts;
    private final MailOutbox outbox;
    private final RateLimiter rateLimiter;
    private final Settings settings;
    private final Transactions transactions;
    private final MembershipMails mails;
    private final Recipients recipients;

    public GroupRecommendations(Database database, MembershipService memberships, SubscriptionService subscriptions,
            GroupActionParts parts) {
        this.memberships = memberships;
        this.subscriptions = subscriptions;
        this.accounts = parts.accounts();
        this.outbox = parts.outbox();
        this.rateLimiter = parts.rateLimiter();
        this.settings = parts.settings();
        this.transactions = database.transactions();
        this.mails = new MembershipMails(settings);
        this.recipients = new Recipients(accounts, settings.language());
    }

    /** Only members and subscribers see the form and may send it. */
    public boolean maySend(Group group, long personId) {
        return memberships.isMember(group.id(), personId) || subscriptions.isSubscribed(group.id(), personId);
    }

    /** The text the form starts with: a short invitation with the group's link. */
    public String defaultText(Group group, Messages messages) {
        return messages.get("recommend.defaultText", group.name(), settings.absoluteUrl(group.path()));
    }

    /**
     * Sends one mail per recipient found in the free text; answers how many went out.
     *
     * @throws RecommendationException naming unknown usernames, or when nobody or too many were named
     */
    public int recommend(Group group, long senderId, String recipientText, String text) {
        if (!maySend(group, senderId)) {
            throw new RecommendationException("recipients", "membership.membersOnly", List.of());
        }
        if (text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            throw new RecommendationException("text", text.isBlank() ? "field.required" : "field.tooLong", List.of());
        }
        List<Recipient> found = resolve(recipientText);
        for (int i = 0; i < found.size(); i++) {
            if (!rateLimiter.allow(RECIPIENTS_PER_SENDER, Long.toString(senderId))) {
                throw new RecommendationException("recipients", "recommend.rateLimited", List.of());
            }
        }

        Person sender = accounts.findById(senderId).orElseThrow();
        transactions.run(() -> found.forEach(recipient ->
            outbox.enqueue(mails.recommendation(recipient, group, sender, text))));
        return found.size();
    }

    private List<Recipient> resolve(String recipientText) {
        Set<String> addresses = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        List<Recipient> found = new ArrayList<>();
        Matcher names = USERNAME.matcher(recipientText);
        while (names.find()) {
            Optional<Recipient> person = accounts.findByUsername(names.group(1)).flatMap(p -> recipients.of(p.id()));
            person.ifPresentOrElse(recipient -> {
                if (addresses.add(recipient.address().toLowerCase(Locale.ROOT))) {
                    found.add(recipient);
                }
            }, () -> unknown.add("@" + names.group(1)));
        }
        if (!unknown.isEmpty()) {
            throw new RecommendationException("recipients", "recommend.unknownUsernames", unknown);
        }
        Matcher mails = ADDRESS.matcher(recipientText);
        while (mails.find()) {
            addRecipient(mails.group(), addresses, found);
        }
        if (found.isEmpty()) {
            throw new RecommendationException("recipients", "recommend.noRecipients", List.of());
        }
        return found;
    }

    /** An address of an account is mailed in the account's language; others in the site's. */
    private void addRecipient(String text, Set<String> addresses, List<Recipient> found) {
        Optional<EmailAddress> email = parseOrEmpty(text);
        if (email.isPresent() && addresses.add(email.get().value().toLowerCase(Locale.ROOT))) {
            Locale language = accounts.findByEmail(email.get().value()).flatMap(person -> recipients.of(person.id()))
                .map(Recipient::language).orElse(settings.language());
            found.add(new Recipient(email.get().value(), language));
        }
    }

    /** Free text holds things that look like addresses but are not; they are no recipients. */
    private static Optional<EmailAddress> parseOrEmpty(String text) {
        try {
            return Optional.of(EmailAddress.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
