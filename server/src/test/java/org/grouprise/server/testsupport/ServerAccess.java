package org.grouprise.server.testsupport;

import org.grouprise.server.GroupriseServer;

/** What test steps need of a running server, whether a test holds a {@link TestServer} or a {@link RunningServer}. */
public interface ServerAccess {

    WebClient newClient();

    MutableClock clock();

    GroupriseServer server();
}
