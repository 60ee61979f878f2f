package org.grouprise.model;

/** The admin API paths below the admin listener's base URL; versioned so that old consoles fail clearly. */
public final class ApiPaths {
    /** The prefix every admin API path starts with. */
    public static final String PREFIX = "/api/v1";
    /** POST a {@link SessionRequest} to get a {@link SessionResponse}. */
    public static final String SESSION = PREFIX + "/session";
    /** GET the {@link Overview}. */
    public static final String OVERVIEW = PREFIX + "/overview";
    /**
     * GET a {@link Page} of {@link OutboxMail} ({@code ?status=&page=&size=}); {@code /{id}} (GET, DELETE to
     * discard), POST {@code /{id}/retry}.
     */
    public static final String MAIL_OUTBOX = PREFIX + "/mail/outbox";
    /** GET a {@link Page} of {@link PersonSummary} ({@code ?q=&page=&size=}), oldest account first. */
    public static final String PEOPLE = PREFIX + "/people";
    /** GET a {@link Page} of {@link GroupSummary} ({@code ?q=&page=&size=}), most active first. */
    public static final String GROUPS = PREFIX + "/groups";
    /** GET a {@link Page} of {@link AuditEntry}, newest first. */
    public static final String AUDIT = PREFIX + "/audit";

    private ApiPaths() {
    }
}
