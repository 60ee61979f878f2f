package org.grouprise.model;

import java.util.List;

/**
 * One page of a list: {@code page} counts from 1, {@code size} is the requested page size (the last page may hold
 * fewer items), {@code total} counts all items on all pages.
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }
}
