package org.grouprise.server.mail.inbound.parsing;

import java.util.Arrays;

/**
 * A file that came with a mail: its decoded name (never empty, without directories), its content type
 * without parameters, its size in bytes and its content; {@code inline} for parts shown inside the text,
 * such as pasted images, with their {@code contentId} (empty when none) that the HTML refers to.
 */
public record MailAttachment(String fileName, String contentType, boolean inline, String contentId,
    byte[] content) {

    public MailAttachment {
        content = content.clone();
    }

    public long size() {
        return content.length;
    }

    /** A copy of the content, so that no caller changes what another one reads. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that && fileName.equals(that.fileName)
            && contentType.equals(that.contentType) && inline == that.inline && contentId.equals(that.contentId)
            && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "MailAttachment[" + fileName + ", " + contentType + ", " + content.length + " bytes"
            + (inline ? ", inline" : "") + "]";
    }
}
