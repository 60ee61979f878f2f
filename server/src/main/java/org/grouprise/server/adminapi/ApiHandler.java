package org.grouprise.server.adminapi;

/** One endpoint: answers a record sent as JSON with status 200, or an {@link Answer}. */
@FunctionalInterface
interface ApiHandler {
    Object handle(ApiRequest request);
}
