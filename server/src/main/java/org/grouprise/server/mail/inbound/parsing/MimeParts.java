package org.grouprise.server.mail.inbound.parsing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.ParseException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Walks a message's MIME tree once: the text parts to show, the files, and a bounce's delivery status. */
final class MimeParts {
    private static final Set<String> SIGNATURES = Set.of("application/pgp-signature", "application/pkcs7-signature",
        "application/x-pkcs7-signature");

    private final List<String> texts = new ArrayList<>();
    private final List<MailAttachment> attachments = new ArrayList<>();
    private Optional<DeliveryStatus> deliveryStatus = Optional.empty();
    private int count;

    private MimeParts() {
    }

    static MimeParts of(Part message) throws MessagingException, IOException {
        MimeParts parts = new MimeParts();
        parts.visit(message, 0, true);
        return parts;
    }

    /** The text parts in order, HTML already turned into text, separated by a blank line. */
    String text() {
        return String.join("\n\n", texts);
    }

    List<MailAttachment> attachments() {
        return attachments;
    }

    Optional<DeliveryStatus> deliveryStatus() {
        return deliveryStatus;
    }

    private void visit(Part part, int depth, boolean wantText) throws MessagingException, IOException {
        checkLimits(depth);

        ContentType type = contentType(part);
        String baseType = type.getBaseType().toLowerCase(Locale.ROOT);
        if (baseType.startsWith("multipart/") && part.getContent() instanceof Multipart multipart) {
            visitMultipart(multipart, type.getSubType().toLowerCase(Locale.ROOT), depth, wantText);
        } else if (SIGNATURES.contains(baseType) || baseType.equals("text/rfc822-headers")) {
            // A stored signature proves nothing, and the headers a bounce returns are not the sender's words.
            return;
        } else if (baseType.equals("message/delivery-status")) {
            if (deliveryStatus.isEmpty()) {
                deliveryStatus = DeliveryStatusReader.read(bytes(part));
            }
        } else if (isText(part, baseType)) {
            if (wantText) {
                addText(part, type, baseType);
            }
        } else {
            attachments.add(attachment(part, baseType));
        }
    }

    private void checkLimits(int depth) {
        count++;
        if (count > MailParser.MAX_PARTS) {
            throw new MailParseException(MailParseException.Reason.TOO_MANY_PARTS,
                "The message has more than " + MailParser.MAX_PARTS + " MIME parts");
        }
        if (depth > MailParser.MAX_DEPTH) {
            throw new MailParseException(MailParseException.Reason.NESTED_TOO_DEEP,
                "The message nests MIME parts deeper than " + MailParser.MAX_DEPTH);
        }
    }

    private void visitMultipart(Multipart multipart, String subType, int depth, boolean wantText)
        throws MessagingException, IOException {
        int shown = subType.equals("alternative") ? preferredAlternative(multipart) : -1;
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart child = multipart.getBodyPart(i);
            if (subType.equals("signed") && i > 0) {
                return;
            }
            if (subType.equals("report") && contentType(child).getBaseType().equalsIgnoreCase("message/rfc822")) {
                continue;
            }
            visit(child, depth + 1, wantText && (shown < 0 || shown == i));
        }
    }

    /** The plain text alternative unless it is empty (some clients send one), else the last, richest one. */
    private static int preferredAlternative(Multipart multipart) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart child = multipart.getBodyPart(i);
            if (contentType(child).getBaseType().equalsIgnoreCase("text/plain")
                && !TextDecoder.decode(bytes(child), contentType(child).getParameter("charset")).isBlank()) {
                return i;
            }
        }
        return multipart.getCount() - 1;
    }

    private static boolean isText(Part part, String baseType) throws MessagingException {
        boolean textType = baseType.equals("text/plain") || baseType.equals("text/html");
        return textType && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName() == null;
    }

    private void addText(Part part, ContentType type, String baseType) throws MessagingException, IOException {
        byte[] content = bytes(part);
        String charset = type.getParameter("charset");
        if (charset == null && baseType.equals("text/html")) {
            charset = HtmlText.declaredCharset(content).orElse(null);
        }
        String decoded = TextDecoder.decode(content, charset);
        if (baseType.equals("text/html")) {
            texts.add(HtmlText.toText(decoded));
        } else if ("flowed".equalsIgnoreCase(type.getParameter("format"))) {
            texts.add(FlowedText.unflow(decoded, "yes".equalsIgnoreCase(type.getParameter("delsp"))));
        } else {
            texts.add(decoded);
        }
    }

    private MailAttachment attachment(Part part, String baseType) throws MessagingException, IOException {
        boolean inline = Part.INLINE.equalsIgnoreCase(part.getDisposition());
        String contentId = part instanceof MimePart mime && mime.getContentID() != null
            ? mime.getContentID().replaceAll("^<|>$", "") : "";
        String name = FileNames.clean(part.getFileName(), baseType, attachments.size() + 1);
        return new MailAttachment(name, baseType, inline, contentId, bytes(part));
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static ContentType contentType(Part part) throws MessagingException {
        String header = part.getContentType();
        try {
            return new ContentType(header == null ? "text/plain" : header);
        } catch (ParseException e) {
            // A broken Content-Type is read as RFC 2045 says for a missing one.
            return new ContentType("text", "plain", null);
        }
    }
}
