package org.grouprise.server.content;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as content pages print them. */
final class Dates {
    // TODO(#4): show times in the site's time zone once the settings carry one.
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
        .withZone(ZoneOffset.UTC);

    private Dates() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
