package org.grouprise.server.mail.inbound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.subethamail.smtp.internal.io.DotTerminatedInputStream;
import org.subethamail.smtp.internal.io.DotUnstuffingInputStream;
import org.subethamail.smtp.internal.server.BaseCommand;
import org.subethamail.smtp.internal.server.CommandHandler;
import org.subethamail.smtp.internal.util.EmailUtils;
import org.subethamail.smtp.server.Session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LMTP dialogue (RFC 2033) on top of SubEthaSMTP's SMTP session: LHLO instead of HELO and EHLO,
 * enhanced status codes on every reply, and after DATA one reply per accepted recipient in RCPT order.
 */
final class LmtpCommands {
    /** More recipients than any list the mail server splits its deliveries into. */
    static final int MAX_RECIPIENTS = 1000;
    private static final Logger LOGGER = LoggerFactory.getLogger(LmtpCommands.class);
    private static final Pattern SIZE_PARAMETER = Pattern.compile("(?i)\\sSIZE=(\\d{1,18})(\\s|$)");
    private static final List<String> UNSUPPORTED = List.of("BDAT", "STARTTLS", "AUTH", "VRFY", "EXPN");

    private final String hostName;
    private final int maxMessageSize;
    private final InboundRecipients recipients;
    private final InboundDelivery delivery;
    private final LmtpSessions sessions;

    LmtpCommands(String hostName, int maxMessageSize, InboundRecipients recipients, InboundDelivery delivery,
            LmtpSessions sessions) {
        this.hostName = hostName;
        this.maxMessageSize = maxMessageSize;
        this.recipients = recipients;
        this.delivery = delivery;
        this.sessions = sessions;
    }

    /** Adds LHLO and replaces SubEthaSMTP's SMTP commands with their LMTP versions. */
    void register(CommandHandler handler) {
        handler.addCommand(new LmtpCommand("LHLO", "Introduce yourself.", this::lhlo));
        handler.addCommand(new LmtpCommand("HELO", "Refused: this is LMTP.", this::refuseSmtpGreeting));
        handler.addCommand(new LmtpCommand("EHLO", "Refused: this is LMTP.", this::refuseSmtpGreeting));
        handler.addCommand(new LmtpCommand("MAIL", "Specifies the sender.", this::mail));
        handler.addCommand(new LmtpCommand("RCPT", "Specifies a recipient.", this::rcpt));
        handler.addCommand(new LmtpCommand("DATA", "Sends the message.", this::data));
        handler.addCommand(new LmtpCommand("RSET", "Aborts the mail transaction.", this::rset));
        handler.addCommand(new LmtpCommand("NOOP", "Does nothing.", this::noop));
        handler.addCommand(new LmtpCommand("QUIT", "Closes the connection.", this::quit));
        for (String verb : UNSUPPORTED) {
            handler.addCommand(new LmtpCommand(verb, "Not supported here.", this::notSupported));
        }
    }

    private void lhlo(String line, Session session) throws IOException {
        String[] args = BaseCommand.getArgs(line);
        if (args.length < 2) {
            session.sendResponse("501 5.5.4 Syntax: LHLO hostname");
            return;
        }

        session.resetMailTransaction();
        session.setHelo(args[1]);
        session.sendResponse(String.join("\r\n", "250-" + hostName, "250-PIPELINING", "250-ENHANCEDSTATUSCODES",
            "250-8BITMIME", "250 SIZE " + maxMessageSize));
    }

    private void refuseSmtpGreeting(String line, Session session) throws IOException {
        session.sendResponse("500 5.5.1 This is an LMTP server: use LHLO");
    }

    private void mail(String line, Session session) throws IOException {
        String args = argument(line, "FROM:");
        if (session.getHelo().isEmpty()) {
            session.sendResponse("503 5.5.1 Error: send LHLO first");
        } else if (session.isMailTransactionInProgress()) {
            session.sendResponse("503 5.5.1 Error: nested MAIL command");
        } else if (args.isEmpty()) {
            session.sendResponse("501 5.5.4 Syntax: MAIL FROM:<address>");
        } else if (declaredSize(args) > maxMessageSize) {
            session.sendResponse("552 5.3.4 Message size exceeds fixed limit of " + maxMessageSize + " bytes");
        } else {
            session.startMailTransaction();
            transaction(session).from(EmailUtils.extractEmailAddress(args, "FROM:".length()));
            session.sendResponse("250 2.1.0 Ok");
        }
    }

    private void rcpt(String line, Session session) throws IOException {
        String args = argument(line, "TO:");
        if (!session.isMailTransactionInProgress()) {
            session.sendResponse("503 5.5.1 Error: need MAIL command");
            return;
        }
        String recipient = args.isEmpty() ? "" : EmailUtils.extractEmailAddress(args, "TO:".length());
        if (recipient.isEmpty()) {
            session.sendResponse("501 5.5.4 Syntax: RCPT TO:<address>");
            return;
        }
        if (session.getRecipientCount() >= MAX_RECIPIENTS) {
            session.sendResponse("452 4.5.3 Error: too many recipients");
            return;
        }

        InboundReply reply = check(transaction(session).sender(), recipient);
        if (reply.isPositive()) {
            transaction(session).recipient(recipient);
            session.addRecipient(recipient);
            sessions.of(session).accepted++;
        } else {
            sessions.of(session).refused++;
        }
        session.sendResponse(reply.toString());
    }

    private void data(String line, Session session) throws IOException {
        if (!session.isMailTransactionInProgress()) {
            session.sendResponse("503 5.5.1 Error: need MAIL command");
            return;
        }
        if (session.getRecipientCount() == 0) {
            session.sendResponse("503 5.5.1 Error: need RCPT command");
            return;
        }

        session.sendResponse("354 Start mail input; end with <CRLF>.<CRLF>");
        Optional<byte[]> content = readMessage(session.getRawInput());
        LmtpTransaction transaction = transaction(session);
        List<InboundReply> replies = content.isEmpty() ? tooLargeForEach(transaction.recipients())
            : deliverToEach(new InboundMessage(transaction.sender(), transaction.recipients(), content.get()));

        for (InboundReply reply : replies) {
            session.sendResponse(reply.toString());
        }
        sessions.of(session).messages++;
        sessions.of(session).failed += (int) replies.stream().filter(reply -> !reply.isPositive()).count();
        session.resetMailTransaction();
    }

    private void rset(String line, Session session) throws IOException {
        session.resetMailTransaction();
        session.sendResponse("250 2.0.0 Ok");
    }

    private void noop(String line, Session session) throws IOException {
        session.sendResponse("250 2.0.0 Ok");
    }

    private void quit(String line, Session session) throws IOException {
        session.sendResponse("221 2.0.0 Bye");
        session.quit();
    }

    private void notSupported(String line, Session session) throws IOException {
        session.sendResponse("502 5.5.1 Command not supported by this LMTP server");
    }

    /** What follows {@code keyword} after the verb, or empty when the keyword is missing. */
    private static String argument(String line, String keyword) {
        String afterVerb = line.length() > 4 ? line.substring(4).trim() : "";
        return afterVerb.toUpperCase(Locale.ROOT).startsWith(keyword) ? afterVerb : "";
    }

    private static long declaredSize(String mailArguments) {
        Matcher matcher = SIZE_PARAMETER.matcher(mailArguments);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    private static LmtpTransaction transaction(Session session) {
        return (LmtpTransaction) session.getMessageHandler();
    }

    private InboundReply check(String sender, String recipient) {
        try {
            return recipients.check(sender, recipient);
        } catch (RuntimeException e) {
            LOGGER.warn("Checking the recipient <{}> failed; the mail server will try again", recipient, e);
            return InboundReply.temporaryFailure();
        }
    }

    /**
     * Reads the dot-terminated message; a message over the size limit is read to its end, so that
     * the dialogue stays in step, but not kept.
     */
    private Optional<byte[]> readMessage(InputStream raw) throws IOException {
        InputStream in = new DotUnstuffingInputStream(new DotTerminatedInputStream(raw));
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        boolean tooLarge = false;
        for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
            tooLarge = tooLarge || content.size() + read > maxMessageSize;
            if (!tooLarge) {
                content.write(buffer, 0, read);
            }
        }
        return tooLarge ? Optional.empty() : Optional.of(content.toByteArray());
    }

    private List<InboundReply> tooLargeForEach(List<String> accepted) {
        InboundReply reply = new InboundReply(552, "5.3.4", "Message size exceeds fixed limit of "
            + maxMessageSize + " bytes");
        return accepted.stream().map(recipient -> reply).toList();
    }

    private List<InboundReply> deliverToEach(InboundMessage message) {
        List<InboundReply> replies = new ArrayList<>();
        for (String recipient : message.recipients()) {
            replies.add(deliver(message, recipient));
        }
        return replies;
    }

    private InboundReply deliver(InboundMessage message, String recipient) {
        try {
            InboundReply reply = delivery.deliver(message, recipient);
            if (reply == null) {
                throw new IllegalStateException("The delivery answered nothing");
            }
            return reply;
        } catch (RuntimeException e) {
            LOGGER.warn("Delivering a message to <{}> failed; the mail server will try again", recipient, e);
            return InboundReply.temporaryFailure();
        }
    }

    /** One LMTP command: a verb and the method that answers it. */
    private static final class LmtpCommand extends BaseCommand {
        private final Action action;

        LmtpCommand(String verb, String help, Action action) {
            super(verb, help);
            this.action = action;
        }

        @Override
        public void execute(String line, Session session) throws IOException {
            action.run(line, session);
        }
    }

    @FunctionalInterface
    private interface Action {
        void run(String line, Session session) throws IOException;
    }
}
