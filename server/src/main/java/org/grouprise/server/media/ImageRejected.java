package org.grouprise.server.media;

/** An upload that the store does not take; the web layer shows {@link #messageKey()} translated. */
public final class ImageRejected extends RuntimeException {
    private final Reason reason;

    ImageRejected(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    ImageRejected(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The key of the text that tells the person why, in the message bundles. */
    public String messageKey() {
        return reason.messageKey;
    }

    /** Why an upload was refused. */
    public enum Reason {
        /** The content is no image we know: decided by its bytes, never by its name. */
        NOT_AN_IMAGE("media.rejected.notAnImage"),
        /** The file is larger than {@code upload_max_file_size}. */
        TOO_LARGE("media.rejected.tooLarge"),
        /** The image has more pixels than the server decodes (a small file can unpack into gigabytes). */
        TOO_MANY_PIXELS("media.rejected.tooManyPixels"),
        /** An image format this server cannot read, such as WebP without a decoder. */
        UNSUPPORTED_FORMAT("media.rejected.unsupportedFormat");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }
}
