package org.grouprise.server.mail.inbound.parsing;

import java.util.Locale;

/** Makes an attachment's name safe to show and store: no directories, no control characters, never empty. */
final class FileNames {
    private static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    static String clean(String declared, String contentType, int position) {
        String name = declared == null ? "" : EncodedWords.decode(declared);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "attachment-" + position + extension(contentType);
        }
        return name.length() <= MAX_LENGTH ? name : name.substring(name.length() - MAX_LENGTH);
    }

    private static String extension(String contentType) {
        String subType = contentType.substring(contentType.indexOf('/') + 1).toLowerCase(Locale.ROOT);
        return switch (subType) {
            case "jpeg", "pjpeg" -> ".jpg";
            case "png", "gif", "webp", "pdf", "zip" -> "." + subType;
            case "plain" -> ".txt";
            case "html" -> ".html";
            case "rfc822" -> ".eml";
            case "calendar" -> ".ics";
            default -> ".bin";
        };
    }
}
