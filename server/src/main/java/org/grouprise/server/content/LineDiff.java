package org.grouprise.server.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line diff by longest common subsequence: enough for texts people write by hand, and small
 * enough to need no library. Texts longer than {@link #MAX_LINES} lines are compared as a whole
 * (everything removed, everything added) so that a huge text cannot make a page quadratic.
 */
public final class LineDiff {
    static final int MAX_LINES = 2000;

    private LineDiff() {
    }

    /** One line of a diff: {@code ADDED}, {@code REMOVED} or {@code SAME}. */
    public record Line(Change change, String text) {
        public String marker() {
            return switch (change) {
                case ADDED -> "+";
                case REMOVED -> "-";
                case SAME -> " ";
            };
        }

        public String css() {
            return change.name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Change { ADDED, REMOVED, SAME }

    static List<Line> between(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        if (a.length > MAX_LINES || b.length > MAX_LINES) {
            List<Line> whole = new ArrayList<>();
            for (String line : a) {
                whole.add(new Line(Change.REMOVED, line));
            }
            for (String line : b) {
                whole.add(new Line(Change.ADDED, line));
            }
            return whole;
        }
        return walk(a, b, commonLengths(a, b));
    }

    private static String[] lines(String text) {
        return text.isEmpty() ? new String[0] : text.replace("\r\n", "\n").split("\n", -1);
    }

    /** {@code lengths[i][j]}: the longest common subsequence of {@code a[i..]} and {@code b[j..]}. */
    private static int[][] commonLengths(String[] a, String[] b) {
        int[][] lengths = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lengths[i][j] = a[i].equals(b[j]) ? lengths[i + 1][j + 1] + 1
                    : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        return lengths;
    }

    private static List<Line> walk(String[] a, String[] b, int[][] lengths) {
        List<Line> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                diff.add(new Line(Change.SAME, a[i++]));
                j++;
            } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
                diff.add(new Line(Change.REMOVED, a[i++]));
            } else {
                diff.add(new Line(Change.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            diff.add(new Line(Change.REMOVED, a[i++]));
        }
        while (j < b.length) {
            diff.add(new Line(Change.ADDED, b[j++]));
        }
        return diff;
    }
}
