package org.grouprise.server.adminapi;

import org.grouprise.model.ApiPaths;
import org.grouprise.model.OutboxMail;
import org.grouprise.model.OutboxMailText;
import org.grouprise.model.Page;
import org.grouprise.server.db.Transactions;
import org.grouprise.server.mail.outbound.MailOutbox;
import org.grouprise.server.mail.outbound.MailStatus;
import org.grouprise.server.mail.outbound.OutboxEntry;
import org.grouprise.server.mail.outbound.StoredMail;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The mail queue: list by status, read one mail, retry a failed one or discard one (both audited). */
final class MailOutboxEndpoints {
    private final MailOutbox outbox;
    private final AuditLog audit;
    private final Transactions transactions;

    MailOutboxEndpoints(MailOutbox outbox, AuditLog audit, Transactions transactions) {
        this.outbox = outbox;
        this.audit = audit;
        this.transactions = transactions;
    }

    void register(ApiRouter router) {
        router.staff("GET", ApiPaths.MAIL_OUTBOX, this::list);
        router.staff("GET", ApiPaths.MAIL_OUTBOX + "/{id}", this::show);
        router.staff("POST", ApiPaths.MAIL_OUTBOX + "/{id}/retry", this::retry);
        router.staff("DELETE", ApiPaths.MAIL_OUTBOX + "/{id}", this::discard);
    }

    private Object list(ApiRequest request) {
        MailStatus status = status(request.query("status").orElse("queued"));
        Paging paging = Paging.of(request);
        List<OutboxMail> items = outbox.list(status, paging.offset(), paging.size()).stream()
            .map(MailOutboxEndpoints::mail).toList();
        return new Page<>(items, outbox.countByStatus().get(status), paging.page(), paging.size());
    }

    private Object show(ApiRequest request) {
        StoredMail stored = find(request.idParameter("id"));
        return new OutboxMailText(mail(stored.entry()), stored.readable());
    }

    /** Queues a failed mail again; the audit entry commits with the change or not at all. */
    private Object retry(ApiRequest request) {
        long id = request.idParameter("id");
        StoredMail before = find(id);
        boolean requeued = transactions.inTransaction(() -> {
            boolean done = outbox.retry(id);
            if (done) {
                audit.record(request.staff(), "mail.retry", "mail:" + id, details(before.entry()));
            }
            return done;
        });
        if (!requeued) {
            throw ApiException.conflict("Mail " + id + " is " + statusName(find(id).entry().status())
                + "; only failed mail can be retried");
        }
        return mail(find(id).entry());
    }

    /** Deletes a queued or failed mail for good; audited with what it was. */
    private Object discard(ApiRequest request) {
        long id = request.idParameter("id");
        StoredMail before = find(id);
        boolean discarded = transactions.inTransaction(() -> {
            boolean done = outbox.discard(id);
            if (done) {
                audit.record(request.staff(), "mail.discard", "mail:" + id, details(before.entry()));
            }
            return done;
        });
        if (!discarded) {
            throw ApiException.conflict("Mail " + id + " is " + outbox.find(id).map(mail -> statusName(mail.entry()
                .status())).orElse("gone") + "; only queued and failed mail can be discarded");
        }
        return Answer.NO_CONTENT;
    }

    private StoredMail find(long id) {
        return outbox.find(id).orElseThrow(() -> ApiException.notFound("The outbox holds no mail with id " + id));
    }

    private static Map<String, Object> details(OutboxEntry before) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("recipient", before.recipient());
        details.put("subject", before.subject());
        details.put("statusBefore", statusName(before.status()));
        details.put("attemptsBefore", before.attempts());
        details.put("lastError", before.lastError());
        return details;
    }

    private static MailStatus status(String text) {
        return Arrays.stream(MailStatus.values()).filter(status -> statusName(status).equals(text)).findFirst()
            .orElseThrow(() -> ApiException.invalid("status", "must be one of queued, sending, sent, failed"));
    }

    private static OutboxMail mail(OutboxEntry entry) {
        Optional<String> lastError = Optional.ofNullable(entry.lastError()).filter(error -> !error.isEmpty());
        return new OutboxMail(entry.id(), entry.recipient(), entry.subject(), statusName(entry.status()),
            entry.attempts(), entry.nextAttemptAt(), lastError, entry.createdAt());
    }

    private static String statusName(MailStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
