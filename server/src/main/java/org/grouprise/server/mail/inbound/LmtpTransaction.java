package org.grouprise.server.mail.inbound;

import org.subethamail.smtp.MessageHandler;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The envelope of one mail transaction, from MAIL to the end of DATA or RSET. SubEthaSMTP creates
 * one per MAIL command; our LMTP commands fill it instead of its SMTP callbacks.
 */
final class LmtpTransaction implements MessageHandler {
    private String sender = "";
    private final List<String> recipients = new ArrayList<>();

    String sender() {
        return sender;
    }

    List<String> recipients() {
        return List.copyOf(recipients);
    }

    @Override
    public void from(String address) {
        sender = address;
    }

    @Override
    public void recipient(String address) {
        recipients.add(address);
    }

    /** Never called: our DATA command reads the message itself to answer once per recipient. */
    @Override
    public String data(InputStream data) {
        throw new IllegalStateException("LMTP DATA is handled by LmtpCommands, never by the message handler");
    }

    @Override
    public void done() {
        // nothing to release: the envelope lives on the heap only
    }
}
