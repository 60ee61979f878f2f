package org.grouprise.server.adminapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.model.Overview;
import org.grouprise.server.config.Listener;
import org.grouprise.server.testsupport.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

class AdminOverviewTest {
    @TempDir
    Path folder;

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(folder, 25, builder -> builder.adminApi(new Listener(true, "127.0.0.1", 0)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void overviewCountsPeopleAndGroups() {
        long founder = server.server().accounts().firstStaffId().orElseThrow();
        server.server().groups().found("Gärtnerei", founder);

        Overview overview = server.newAdminApiClient().get("/api/v1/overview").as(Overview.class);

        assertThat(overview.counts().people()).isEqualTo(server.server().accounts().peopleCount());
        assertThat(overview.counts().groups()).isEqualTo(server.server().groups().count()).isGreaterThanOrEqualTo(2);
        assertThat(overview.counts().publicPeople()).isEqualTo(server.server().accounts().publicPeopleCount());
    }

    @Test
    void overviewShowsQueueListenersAndProcess() {
        server.clock().advance(Duration.ofMinutes(5));

        Overview overview = server.newAdminApiClient().get("/api/v1/overview").as(Overview.class);

        assertThat(overview.mailQueue()).containsOnlyKeys("queued", "sending", "sent", "failed");
        assertThat(overview.taskRunnerRunning()).isTrue();
        assertThat(overview.listeners()).containsExactly(
            new Overview.ListenerInfo("web", "127.0.0.1", server.server().webPort()),
            new Overview.ListenerInfo("admin-api", "127.0.0.1", server.adminApiPort()));
        assertThat(overview.version()).isNotBlank();
        assertThat(overview.uptimeSeconds()).isEqualTo(300);
        assertThat(overview.memory().heapUsed()).isPositive();
        assertThat(overview.databaseEngine())
            .isEqualTo(server.server().database().engine().name().toLowerCase(Locale.ROOT));
    }
}
