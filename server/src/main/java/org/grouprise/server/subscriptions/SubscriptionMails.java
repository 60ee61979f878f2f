package org.grouprise.server.subscriptions;

import org.grouprise.server.config.Settings;
import org.grouprise.server.groups.Group;
import org.grouprise.server.mail.outbound.OutgoingMail;
import org.grouprise.server.web.Messages;

import java.util.Locale;

/** The mails of the subscriptions feature, in the requester's language, sent in the group's name. */
final class SubscriptionMails {
    private final Settings settings;

    SubscriptionMails(Settings settings) {
        this.settings = settings;
    }

    OutgoingMail subscribeLink(String to, Locale language, Group group, String token) {
        Messages messages = Messages.of(language);
        String link = settings.absoluteUrl("/stadt/subscribe/confirm/" + token + "/");
        return groupMail(group, to, messages.get("mail.subscription.subject", group.name()),
            messages.get("mail.subscribe.body", group.name(), settings.domain(), link));
    }

    OutgoingMail unsubscribeLink(String to, Locale language, Group group, String token) {
        Messages messages = Messages.of(language);
        String link = settings.absoluteUrl("/stadt/unsubscribe/confirm/" + token + "/");
        return groupMail(group, to, messages.get("mail.subscription.subject", group.name()),
            messages.get("mail.unsubscribe.body", group.name(), settings.domain(), link));
    }

    /** The answer to an unsubscribe request from an address that follows nothing here. */
    OutgoingMail noSubscription(String to, Locale language, Group group) {
        Messages messages = Messages.of(language);
        return groupMail(group, to, messages.get("mail.subscription.subject", group.name()),
            messages.get("mail.unsubscribe.noSubscription", group.name(), settings.domain()));
    }

    private OutgoingMail groupMail(Group group, String to, String subject, String body) {
        return OutgoingMail.plainText(settings.defaultFromEmail(), group.name(), to, subject, body)
            .asAutoSubmitted();
    }
}
