package org.grouprise.server.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A group description as grouprise shows it, "link-only": plain text in which web addresses become
 * links. Split into pieces so that the template escapes the text and builds the links itself.
 */
public final class DescriptionLinks {
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");

    private DescriptionLinks() {
    }

    /** One piece of the description: text, or a link whose text is its address. */
    public record Piece(String text, boolean link) {
    }

    static List<Piece> split(String description) {
        // TODO(#4): render the description as link-only markdown once the markdown renderer exists.
        List<Piece> pieces = new ArrayList<>();
        Matcher matcher = WEB_ADDRESS.matcher(description);
        int start = 0;
        while (matcher.find()) {
            if (matcher.start() > start) {
                pieces.add(new Piece(description.substring(start, matcher.start()), false));
            }
            pieces.add(new Piece(matcher.group(), true));
            start = matcher.end();
        }
        if (start < description.length()) {
            pieces.add(new Piece(description.substring(start), false));
        }
        return pieces;
    }
}
