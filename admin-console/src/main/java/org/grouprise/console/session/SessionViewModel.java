package org.grouprise.console.session;

import org.grouprise.console.api.AdminSession;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;

/** What the session screen shows, as text in the console's language and the admin's time zone. */
final class SessionViewModel {
    private final String serverText;
    private final String expiryText;

    SessionViewModel(AdminSession session, ResourceBundle messages, ZoneId zone) {
        DateTimeFormatter expiry = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(messages.getLocale()).withZone(zone);
        serverText = MessageFormat.format(messages.getString("session.server"), session.server().toString());
        expiryText = MessageFormat.format(messages.getString("session.expiry"),
            expiry.format(session.session().expiresAt()));
    }

    String serverText() {
        return serverText;
    }

    String expiryText() {
        return expiryText;
    }
}
