package org.grouprise.server.adminapi;

/** The {@code ?page=&size=} of a list request: pages count from 1. */
record Paging(int page, int size) {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    static Paging of(ApiRequest request) {
        return new Paging(request.intQuery("page", 1, 1, Integer.MAX_VALUE),
            request.intQuery("size", DEFAULT_SIZE, 1, MAX_SIZE));
    }

    int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }
}
