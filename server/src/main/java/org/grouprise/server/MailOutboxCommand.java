package org.grouprise.server;

import org.grouprise.server.config.Settings;
import org.grouprise.server.db.Database;
import org.grouprise.server.mail.outbound.MailOutbox;
import org.grouprise.server.mail.outbound.MailStatus;
import org.grouprise.server.mail.outbound.OutboxEntry;

import java.io.PrintStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code mail-outbox}: lists the mail that has not gone out, prints one stored message, or queues a
 * failed one again, straight on the database, so that an instance without SMTP can still be used.
 */
final class MailOutboxCommand {
    static final String USAGE = """
          mail-outbox             list queued and failed mail (id, status, attempts, created, recipient, subject)
          mail-outbox show <id>   print one mail's main headers and its text, decoded
          mail-outbox retry <id>  queue a failed mail again
        """;
    private static final int PAGE_SIZE = 500;
    private static final List<MailStatus> WAITING = List.of(MailStatus.QUEUED, MailStatus.SENDING, MailStatus.FAILED);

    private final PrintStream out;
    private final PrintStream err;

    MailOutboxCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs with the arguments after {@code mail-outbox}; answers the process exit code. */
    int run(Settings settings, List<String> args) {
        Optional<Long> id = args.size() == 2 ? parseId(args.get(1)) : Optional.empty();
        boolean listing = args.isEmpty();
        if (!listing && (id.isEmpty() || !List.of("show", "retry").contains(args.get(0)))) {
            err.println("Unknown mail-outbox arguments " + args + "; expected one of:");
            err.print(USAGE);
            return 2;
        }

        try (Database database = GroupriseServer.openDatabase(settings)) {
            // No task runner here: a running server's delivery task picks up what is queued again.
            MailOutbox outbox = new MailOutbox(database, settings, Clock.systemUTC(), () -> { });
            if (listing) {
                return list(outbox);
            }
            return args.get(0).equals("show") ? show(outbox, id.get()) : retry(outbox, id.get());
        }
    }

    private int list(MailOutbox outbox) {
        List<OutboxEntry> entries = new ArrayList<>();
        WAITING.forEach(status -> entries.addAll(all(outbox, status)));
        if (entries.isEmpty()) {
            out.println("The outbox holds no queued or failed mail.");
            return 0;
        }

        out.printf("%6s  %-7s  %8s  %-20s  %s%n", "ID", "STATUS", "ATTEMPTS", "CREATED", "RECIPIENT / SUBJECT");
        for (OutboxEntry entry : entries) {
            out.printf("%6d  %-7s  %8d  %-20s  %s  %s%n", entry.id(), entry.status().name().toLowerCase(Locale.ROOT),
                entry.attempts(), entry.createdAt().truncatedTo(ChronoUnit.SECONDS), entry.recipient(),
                entry.subject());
            if (!entry.lastError().isEmpty()) {
                out.println("        last error: " + entry.lastError());
            }
        }
        return 0;
    }

    private static List<OutboxEntry> all(MailOutbox outbox, MailStatus status) {
        List<OutboxEntry> entries = new ArrayList<>();
        List<OutboxEntry> page;
        do {
            page = outbox.list(status, entries.size(), PAGE_SIZE);
            entries.addAll(page);
        } while (page.size() == PAGE_SIZE);
        return entries;
    }

    private int show(MailOutbox outbox, long id) {
        return outbox.find(id).map(mail -> {
            out.print(mail.readable());
            return 0;
        }).orElseGet(() -> noSuchMail(id));
    }

    private int retry(MailOutbox outbox, long id) {
        if (outbox.retry(id)) {
            out.println("Mail " + id + " is queued again; a running server with email_submission sends it within "
                + "mail_outbox.poll_interval.");
            return 0;
        }
        return outbox.find(id).map(mail -> {
            err.println("Mail " + id + " is " + mail.entry().status().name().toLowerCase(Locale.ROOT)
                + ", not failed; only failed mail can be retried.");
            return 1;
        }).orElseGet(() -> noSuchMail(id));
    }

    private int noSuchMail(long id) {
        err.println("The outbox holds no mail with id " + id + " (see: mail-outbox).");
        return 1;
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text)).filter(id -> id > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
