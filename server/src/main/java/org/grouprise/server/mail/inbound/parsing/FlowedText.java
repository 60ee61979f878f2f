package org.grouprise.server.mail.inbound.parsing;

/** Joins the soft line breaks of {@code format=flowed} text (RFC 3676) back into paragraphs. */
final class FlowedText {

    private FlowedText() {
    }

    static String unflow(String text, boolean deleteSpace) {
        StringBuilder out = new StringBuilder();
        int openDepth = -1;
        boolean first = true;
        for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
            int depth = quoteDepth(raw);
            String line = raw.substring(depth);
            line = line.startsWith(" ") ? line.substring(1) : line;
            if (openDepth >= 0 && depth != openDepth) {
                out.append('\n');
            } else if (openDepth < 0 && !first) {
                out.append('\n');
            }
            first = false;
            if (openDepth != depth) {
                out.append(">".repeat(depth)).append(depth > 0 ? " " : "");
            }

            boolean soft = line.endsWith(" ") && !line.equals("-- ");
            out.append(soft && deleteSpace ? line.substring(0, line.length() - 1) : line);
            openDepth = soft ? depth : -1;
        }
        return out.toString();
    }

    private static int quoteDepth(String line) {
        int depth = 0;
        while (depth < line.length() && line.charAt(depth) == '>') {
            depth++;
        }
        return depth;
    }
}
