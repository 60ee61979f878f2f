package org.grouprise.server.memberships;

import org.grouprise.server.accounts.AccountService;
import org.grouprise.server.accounts.EmailAddressView;
import org.grouprise.server.memberships.MembershipMails.Recipient;
import org.grouprise.server.web.Viewer;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Where and in which language to mail a person: their primary address, in the language they chose. */
final class Recipients {
    private final AccountService accounts;
    private final Locale siteLanguage;

    Recipients(AccountService accounts, Locale siteLanguage) {
        this.accounts = accounts;
        this.siteLanguage = siteLanguage;
    }

    /** Empty for a person without an address or whose account is no longer active. */
    Optional<Recipient> of(long personId) {
        Optional<Viewer> person = accounts.viewer(personId);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        Locale language = person.get().language().map(Locale::forLanguageTag).orElse(siteLanguage);
        return accounts.emailAddresses(personId).stream()
            .min(Comparator.comparing(address -> !address.primary()))
            .map(EmailAddressView::email)
            .map(address -> new Recipient(address, language));
    }
}
