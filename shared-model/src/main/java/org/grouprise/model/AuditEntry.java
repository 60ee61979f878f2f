package org.grouprise.model;

import java.time.Instant;
import java.util.Map;

/**
 * One change made through the admin API, as the append-only audit log keeps it.
 *
 * @param actor the staff member's username at the time of the change
 * @param action what was done, such as {@code mail.retry}
 * @param target what it was done to, such as {@code mail:42}
 * @param details the state before and after, or other facts of the change
 */
public record AuditEntry(long id, Instant at, long actorId, String actor, String action, String target,
        Map<String, Object> details) {
}
