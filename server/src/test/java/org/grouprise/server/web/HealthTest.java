package org.grouprise.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.server.testsupport.TestServer;
import org.grouprise.server.testsupport.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The health page when the database goes away; the server cannot be used afterwards, so it has its own. */
class HealthTest {

    @Test
    void healthAnswers503WhenTheDatabaseCannotBeReached(@TempDir Path folder) {
        try (TestServer server = TestServer.start(folder, 25, builder -> builder.tasksEnabled(false))) {
            Page before = server.newClient().get("/stadt/health");

            server.server().database().close();
            Page after = server.newClient().get("/stadt/health");

            assertThat(before.status()).isEqualTo(200);
            assertThat(before.body()).contains("\"tasks\":\"disabled\"");
            assertThat(after.status()).isEqualTo(503);
            assertThat(after.body()).contains("\"database\":\"down\"").contains("\"status\":\"down\"");
        }
    }
}
