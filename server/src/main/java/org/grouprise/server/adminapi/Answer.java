package org.grouprise.server.adminapi;

import java.util.Optional;

/** What a handler answers when plain 200 with a JSON body does not fit. */
record Answer(int status, Optional<Object> body) {
    static final Answer NO_CONTENT = new Answer(204, Optional.empty());
}
