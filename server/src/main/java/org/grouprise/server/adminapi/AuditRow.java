package org.grouprise.server.adminapi;

import java.time.Instant;

/** A row of {@code admin_audit_log}; {@code details} is JSON text. */
record AuditRow(long id, Instant createdAt, long actorId, String actorName, String action, String target,
        String details) {
}
