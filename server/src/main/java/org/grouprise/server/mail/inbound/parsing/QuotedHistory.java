package org.grouprise.server.mail.inbound.parsing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what a reply repeats: the signature, the quoted history below or above the answer with its
 * "On ... wrote:" lead-in, Outlook's copied header block, and the phone's "Sent from" line. A message is
 * threaded to the one it answers, so repeating that one adds nothing but noise.
 *
 * <p>Quotes between own lines (an interleaved answer) are kept: there they say what each part answers.
 * A forwarded message is kept whole: forwarding it is the point of the mail.
 */
final class QuotedHistory {
    /** Lead-ins and markers are short; longer lines are never checked, so no pattern runs over a huge line. */
    private static final int MAX_MARKER_LENGTH = 400;
    private static final Pattern LEAD_IN = Pattern.compile(
        "(?i)(On\\s.+\\swrote:|Am\\s.+\\sschrieb\\s?.*:|.+\\s(wrote|schrieb|a écrit)\\s?:)");
    private static final Pattern LEAD_IN_START = Pattern.compile("(?i)(On|Am)\\s.+");
    private static final Pattern LEAD_IN_END = Pattern.compile("(?i).*(wrote|schrieb.*):");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
        "(?i)\\s*-{3,}\\s*(Original Message|Ursprüngliche Nachricht|Originalnachricht)\\s*-{3,}\\s*");
    private static final Pattern OUTLOOK_SEPARATOR = Pattern.compile("\\s*_{20,}\\s*");
    private static final Pattern OUTLOOK_FROM = Pattern.compile("(?i)\\*?(From|Von):\\*?\\s.+");
    private static final Pattern OUTLOOK_SENT = Pattern.compile("(?i)\\*?(Sent|Gesendet|Date|Datum):\\*?\\s.+");
    private static final Pattern FORWARDED = Pattern.compile("(?i)\\s*(-{3,}\\s*(Forwarded message|"
        + "Weitergeleitete Nachricht|Original-Nachricht weitergeleitet)\\s*-{3,}|Begin forwarded message:|"
        + "Anfang der weitergeleiteten Nachricht:)\\s*");
    private static final Pattern MOBILE_FOOTER = Pattern.compile("(?i)(Sent from my .{1,60}|Von meinem .{1,60} "
        + "gesendet|Gesendet von meinem .{1,60}|Sent from .{1,30} for .{1,30})");

    private QuotedHistory() {
    }

    static String strip(String text) {
        List<String> lines = new ArrayList<>(List.of(normalize(text).split("\n", -1)));
        cutSignature(lines);
        cutOutlookHistory(lines);
        removeQuotes(lines);
        removeTrailingLeadIn(lines);
        removeMobileFooter(lines);
        return tidy(lines);
    }

    private static String normalize(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unified, Normalizer.Form.NFC);
    }

    private static void cutSignature(List<String> lines) {
        int forward = firstMatch(lines, FORWARDED, 0);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("-- ") && (forward < 0 || i < forward)) {
                lines.subList(i, lines.size()).clear();
                return;
            }
        }
    }

    /** Outlook quotes without {@code >}: all below its marker is history, when own text comes first. */
    private static void cutOutlookHistory(List<String> lines) {
        int forward = firstMatch(lines, FORWARDED, 0);
        boolean ownText = false;
        for (int i = 0; i < lines.size() && (forward < 0 || i < forward); i++) {
            if (ownText && isOutlookHistory(lines, i)) {
                int start = i > 0 && OUTLOOK_SEPARATOR.matcher(lines.get(i - 1)).matches() ? i - 1 : i;
                lines.subList(start, lines.size()).clear();
                return;
            }
            ownText |= !lines.get(i).isBlank();
        }
    }

    private static boolean isOutlookHistory(List<String> lines, int i) {
        String line = lines.get(i);
        if (line.length() > MAX_MARKER_LENGTH) {
            return false;
        }
        if (ORIGINAL_MESSAGE.matcher(line).matches()) {
            return true;
        }
        if (!OUTLOOK_FROM.matcher(line).matches()) {
            return false;
        }
        for (int j = i + 1; j < Math.min(lines.size(), i + 5); j++) {
            if (lines.get(j).length() <= MAX_MARKER_LENGTH && OUTLOOK_SENT.matcher(lines.get(j)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes quote blocks at the end, and a single quote block at the start (a bottom-posted answer), each
     * with its lead-in; quotes between own lines stay, only their lead-ins go.
     */
    private static void removeQuotes(List<String> lines) {
        int forward = firstMatch(lines, FORWARDED, 0);
        int end = forward < 0 ? lines.size() : forward;
        List<int[]> blocks = quoteBlocks(lines, end);
        while (!blocks.isEmpty() && !hasText(lines.subList(blocks.get(blocks.size() - 1)[1], end))) {
            int[] last = blocks.remove(blocks.size() - 1);
            lines.subList(last[0], last[1]).clear();
            end -= last[1] - last[0];
        }
        if (blocks.size() == 1 && !hasText(lines.subList(0, blocks.get(0)[0]))) {
            lines.subList(blocks.get(0)[0], blocks.get(0)[1]).clear();
            return;
        }
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i)[0] < blocks.get(i)[2]) {
                lines.subList(blocks.get(i)[0], blocks.get(i)[2]).clear();
            }
        }
    }

    /** Blocks of quoted lines as [start, end), the start moved up to include the lead-in; then the quote's start. */
    private static List<int[]> quoteBlocks(List<String> lines, int end) {
        List<int[]> blocks = new ArrayList<>();
        int i = 0;
        while (i < end) {
            if (!isQuoted(lines.get(i))) {
                i++;
                continue;
            }
            int start = i;
            int last = i;
            while (i < end && (isQuoted(lines.get(i)) || lines.get(i).isBlank())) {
                last = isQuoted(lines.get(i)) ? i : last;
                i++;
            }
            blocks.add(new int[] {leadInBefore(lines, start, start), last + 1, start});
            i = last + 1;
        }
        return blocks;
    }

    /** Where the lead-in of the quote starting at {@code start} begins, or {@code fallback} without one. */
    private static int leadInBefore(List<String> lines, int start, int fallback) {
        int i = start - 1;
        while (i >= 0 && lines.get(i).isBlank()) {
            i--;
        }
        if (i < 0 || lines.get(i).length() > MAX_MARKER_LENGTH) {
            return fallback;
        }
        if (LEAD_IN.matcher(lines.get(i)).matches()) {
            return i;
        }
        boolean wrapped = i > 0 && LEAD_IN_END.matcher(lines.get(i)).matches()
            && lines.get(i - 1).length() <= MAX_MARKER_LENGTH && LEAD_IN_START.matcher(lines.get(i - 1)).matches();
        return wrapped ? i - 1 : fallback;
    }

    /** A lead-in left at the end: HTML clients such as Roundcube write it outside the quote dropped before. */
    private static void removeTrailingLeadIn(List<String> lines) {
        int last = lastText(lines);
        if (last >= 0 && leadInBefore(lines, last + 1, -1) >= 0) {
            lines.subList(leadInBefore(lines, last + 1, -1), lines.size()).clear();
        }
    }

    private static void removeMobileFooter(List<String> lines) {
        int last = lastText(lines);
        if (last >= 0 && lines.get(last).length() <= 100 && MOBILE_FOOTER.matcher(lines.get(last).strip()).matches()) {
            lines.subList(last, lines.size()).clear();
        }
    }

    private static String tidy(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : lines) {
            String trimmed = line.stripTrailing();
            if (trimmed.isEmpty()) {
                blank = !out.isEmpty();
                continue;
            }
            out.append(blank ? "\n\n" : out.isEmpty() ? "" : "\n").append(trimmed);
            blank = false;
        }
        return out.toString();
    }

    private static int lastText(List<String> lines) {
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        return last;
    }

    private static boolean isQuoted(String line) {
        return line.startsWith(">");
    }

    private static boolean hasText(List<String> lines) {
        return lines.stream().anyMatch(line -> !line.isBlank());
    }

    private static int firstMatch(List<String> lines, Pattern pattern, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).length() <= MAX_MARKER_LENGTH && pattern.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }
}
