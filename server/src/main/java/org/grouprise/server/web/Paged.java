package org.grouprise.server.web;

import java.util.List;

/**
 * One page of a list, numbered from 1; every list in the product shows 12 items a page, as
 * grouprise does.
 */
public record Paged<T>(List<T> items, int number, long total, int size) {
    public static final int DEFAULT_SIZE = 12;

    public Paged {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The requested page number from {@code ?page=N}; anything unreadable is page 1. */
    public static int requestedPage(WebRequest request) {
        try {
            return Math.max(1, Integer.parseInt(request.query("page").orElse("1")));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public static long offset(int number, int size) {
        return (long) (number - 1) * size;
    }
}
