package org.grouprise.server.adminapi;

import org.grouprise.model.JsonCodec;

/** The admin API's endpoints, as a table of contents. */
public final class AdminApi {
    private final JsonCodec codec = JsonCodec.create();

    public AdminApi() {
    }

    ApiRouter router() {
        ApiRouter router = new ApiRouter(codec, request -> {
            throw ApiException.unauthenticated("No endpoint takes a token yet");
        });
        return router;
    }
}
