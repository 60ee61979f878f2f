package org.grouprise.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.server.config.Listener;
import org.grouprise.server.testsupport.LmtpClient;
import org.grouprise.server.testsupport.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

class ServerLmtpTest {
    @TempDir
    static Path folder;

    private static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start(folder, 1, builder -> builder.lmtp(new Listener(true, "127.0.0.1", 0)));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void serverWithLmtpEnabledAnswersLhlo() {
        try (LmtpClient client = LmtpClient.connect(server.lmtpPort())) {
            LmtpClient.Reply reply = client.send("LHLO mx.grouprise.test");

            assertThat(reply.texts()).first().isEqualTo("grouprise.test");
            assertThat(reply.texts()).contains("ENHANCEDSTATUSCODES");
        }
    }

    @Test
    void serverWithoutMailboxesRefusesEveryRecipient() {
        try (LmtpClient client = LmtpClient.connect(server.lmtpPort())) {
            List<LmtpClient.Reply> replies = client.envelope("anna@example.net", "reply+abc@grouprise.test",
                "stadtteil@grouprise.test");

            assertThat(replies).extracting(LmtpClient.Reply::toString).containsExactly(
                "550 5.1.1 <reply+abc@grouprise.test>: no such recipient here",
                "550 5.1.1 <stadtteil@grouprise.test>: no such recipient here");
        }
    }

    @Test
    void consoleNamesTheLmtpListener() {
        assertThat(server.consoleOutput()).contains("LMTP: 127.0.0.1:" + server.lmtpPort());
    }
}
