package org.grouprise.server.accounts;

import org.grouprise.server.config.Settings;
import org.grouprise.server.mail.outbound.OutgoingMail;
import org.grouprise.server.web.Messages;

import java.util.Locale;

/** The mails of the accounts feature, in the recipient's language. */
final class AccountMails {
    private final Settings settings;

    AccountMails(Settings settings) {
        this.settings = settings;
    }

    OutgoingMail confirmation(String address, String key, Locale language) {
        Messages messages = Messages.of(language);
        String link = settings.absoluteUrl("/stadt/confirm/" + key + "/");
        return systemMail(address, messages.get("mail.confirm.subject"),
            messages.get("mail.confirm.body", address, settings.domain(), link));
    }

    OutgoingMail passwordReset(String address, String key, Locale language) {
        Messages messages = Messages.of(language);
        String link = settings.absoluteUrl("/stadt/password/reset/key/" + key + "/");
        return systemMail(address, messages.get("mail.reset.subject"),
            messages.get("mail.reset.body", settings.domain(), link));
    }

    private OutgoingMail systemMail(String to, String subject, String body) {
        return OutgoingMail.plainText(settings.defaultFromEmail(), settings.domain(), to, subject, body)
            .asAutoSubmitted();
    }
}
