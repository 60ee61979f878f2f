package org.grouprise.server.memberships;

import org.grouprise.server.accounts.Person;
import org.grouprise.server.config.Settings;
import org.grouprise.server.groups.Group;
import org.grouprise.server.mail.outbound.OutgoingMail;
import org.grouprise.server.web.Messages;

import java.util.Locale;

/** The mails of the memberships feature, in the recipient's language, sent in the group's name. */
final class MembershipMails {
    private final Settings settings;

    MembershipMails(Settings settings) {
        this.settings = settings;
    }

    /** To one member: someone was added by another member; the new member may get a signup link. */
    OutgoingMail membershipCreated(Recipient recipient, Group group, Person added, Person addedBy,
            boolean withSignupLink) {
        Messages messages = Messages.of(recipient.language());
        String body = messages.get("mail.membership.body", added.displayName(), group.name(), addedBy.displayName(),
            settings.absoluteUrl(group.path()));
        if (withSignupLink) {
            body += "\n\n" + messages.get("mail.membership.signup",
                settings.absoluteUrl("/stadt/signup/?next=" + group.path()));
        }
        return groupMail(group, recipient.address(), messages.get("mail.membership.subject", group.name()), body);
    }

    OutgoingMail joinLink(String to, Locale language, Group group, String token) {
        Messages messages = Messages.of(language);
        String link = settings.absoluteUrl("/stadt/groups/join/confirm/" + token + "/");
        return groupMail(group, to, messages.get("mail.membership.subject", group.name()),
            messages.get("mail.join.body", group.name(), settings.domain(), link));
    }

    OutgoingMail resignLink(String to, Locale language, Group group, String token) {
        Messages messages = Messages.of(language);
        String link = settings.absoluteUrl("/stadt/groups/resign/confirm/" + token + "/");
        return groupMail(group, to, messages.get("mail.membership.subject", group.name()),
            messages.get("mail.resign.body", group.name(), settings.domain(), link));
    }

    /** The answer to a resign request from an address that has no membership: nothing to do. */
    OutgoingMail noMembership(String to, Locale language, Group group) {
        Messages messages = Messages.of(language);
        return groupMail(group, to, messages.get("mail.membership.subject", group.name()),
            messages.get("mail.resign.noMembership", group.name(), settings.domain()));
    }

    /**
     * The sender's own text, followed by a line naming sender and site, so that nobody can use the
     * form to send anonymous text from this domain.
     */
    OutgoingMail recommendation(Recipient recipient, Group group, Person sender, String text) {
        Messages messages = Messages.of(recipient.language());
        String body = text.strip() + "\n\n-- \n" + messages.get("mail.recommend.footer", sender.displayName(),
            settings.domain(), settings.absoluteUrl(group.path()));
        return groupMail(group, recipient.address(), messages.get("mail.recommend.subject", group.name()), body);
    }

    private OutgoingMail groupMail(Group group, String to, String subject, String body) {
        return OutgoingMail.plainText(settings.defaultFromEmail(), group.name(), to, subject, body)
            .asAutoSubmitted();
    }

    /** Where and in which language to mail someone. */
    record Recipient(String address, Locale language) {
    }
}
