package org.grouprise.server.content;

import java.time.Instant;
import java.util.List;

/** One version on the history page: who saved it when, and what changed against the one before. */
public record VersionView(int number, String authorName, Instant createdAt, boolean titleChanged, String title,
        List<LineDiff.Line> diff) {

    public String createdText() {
        return Dates.format(createdAt);
    }
}
