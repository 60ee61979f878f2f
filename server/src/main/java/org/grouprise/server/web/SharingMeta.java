package org.grouprise.server.web;

/**
 * What a page tells link previews (OpenGraph, Twitter cards) and search engines about itself; the
 * layout writes it into the page head when a page's model carries it as {@code sharing}.
 *
 * @param url the page's absolute address
 * @param type the OpenGraph type, such as {@code article}
 */
public record SharingMeta(String title, String description, String url, String type, String siteName) {
    private static final int DESCRIPTION_LENGTH = 200;

    /** A description cut at a word near 200 characters, for texts that are longer. */
    public static String summary(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= DESCRIPTION_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', DESCRIPTION_LENGTH);
        return flat.substring(0, cut > DESCRIPTION_LENGTH / 2 ? cut : DESCRIPTION_LENGTH) + "…";
    }
}
