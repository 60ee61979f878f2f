package org.grouprise.server.media;

import java.util.Locale;
import java.util.Optional;

/**
 * A size and format in which the pages show an image, as grouprise's renditions: square avatars in
 * PNG (transparency kept), the sidebar logo scaled to its width, the profile background cropped to
 * a JPEG cover.
 */
public enum Rendition {
    AVATAR_64(64, 64, true, Encoding.PNG),
    AVATAR_256(256, 256, true, Encoding.PNG),
    LOGO_400(400, 0, false, Encoding.PNG),
    BACKGROUND_COVER(1140, 456, true, Encoding.JPEG);

    private final int width;
    private final int height;
    private final boolean crop;
    private final Encoding encoding;

    Rendition(int width, int height, boolean crop, Encoding encoding) {
        this.width = width;
        this.height = height;
        this.crop = crop;
        this.encoding = encoding;
    }

    /** The width in pixels; a rendition that is not cropped is at most this wide. */
    public int width() {
        return width;
    }

    /** The height in pixels, or 0 when it follows from the width and the image's proportions. */
    public int height() {
        return height;
    }

    /** Whether the image is scaled to cover the box and the rest cut off, rather than scaled to the width. */
    public boolean crop() {
        return crop;
    }

    /** The file name under which the rendition is stored and served, such as {@code avatar_64.png}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT) + "." + encoding.extension();
    }

    public String contentType() {
        return encoding.contentType();
    }

    Encoding encoding() {
        return encoding;
    }

    /** The rendition stored under a file name, for the download route. */
    public static Optional<Rendition> byFileName(String fileName) {
        for (Rendition rendition : values()) {
            if (rendition.fileName().equals(fileName)) {
                return Optional.of(rendition);
            }
        }
        return Optional.empty();
    }

    /** How a rendition is written: PNG keeps transparency, JPEG suits photos. */
    enum Encoding {
        PNG("png", "image/png"),
        JPEG("jpg", "image/jpeg");

        private final String extension;
        private final String contentType;

        Encoding(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        String extension() {
            return extension;
        }

        String contentType() {
            return contentType;
        }
    }
}
