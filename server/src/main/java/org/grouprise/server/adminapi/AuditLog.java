package org.grouprise.server.adminapi;

import org.grouprise.model.AuditEntry;
import org.grouprise.model.JsonCodec;
import org.grouprise.model.Page;
import org.grouprise.server.db.Database;
import org.grouprise.server.db.Transactions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * Who changed what through the admin API. Entries are written in the transaction of the change, so
 * that a change is never without its entry nor an entry without its change.
 */
final class AuditLog {
    private final AuditMapper mapper;
    private final Transactions transactions;
    private final JsonCodec codec;
    private final Clock clock;

    AuditLog(Database database, JsonCodec codec, Clock clock) {
        this.mapper = database.mapper(AuditMapper.class);
        this.transactions = database.transactions();
        this.codec = codec;
        this.clock = clock;
    }

    /** Adds an entry in the caller's transaction (or in its own when there is none). */
    void record(StaffMember actor, String action, String target, Map<String, Object> details) {
        String json = new String(codec.write(details), StandardCharsets.UTF_8);
        transactions.run(() -> mapper.insert(clock.instant(), actor.personId(), actor.username(), action, target,
            json));
    }

    /** One page of entries, newest first. */
    Page<AuditEntry> page(int page, int size) {
        return transactions.inTransaction(() -> new Page<>(
            mapper.list((long) (page - 1) * size, size).stream().map(this::entry).toList(),
            mapper.count(), page, size));
    }

    @SuppressWarnings("unchecked")
    private AuditEntry entry(AuditRow row) {
        Map<String, Object> details = codec.read(row.details().getBytes(StandardCharsets.UTF_8), Map.class);
        return new AuditEntry(row.id(), row.createdAt(), row.actorId(), row.actorName(), row.action(), row.target(),
            details);
    }
}
