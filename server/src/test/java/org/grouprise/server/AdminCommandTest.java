package org.grouprise.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.grouprise.server.config.ConfigLoader;
import org.grouprise.server.config.Listener;
import org.grouprise.server.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

class AdminCommandTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void fingerprintIsTheOneTheServerPresents() throws IOException {
        String presented;
        try (TestServer server = TestServer.start(folder, 25,
                builder -> builder.adminApi(new Listener(true, "127.0.0.1", 0)))) {
            presented = server.server().adminApiFingerprint();
        }

        int exit = run(configFor(folder.resolve("data")), "admin", "fingerprint");

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(presented);
    }

    @Test
    void unknownAdminArgumentsShowTheUsage() throws IOException {
        int exit = run(configFor(folder.resolve("data")), "admin", "fingerprints");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("admin fingerprint");
    }

    @Test
    void helpListsTheAdminCommand() throws IOException {
        run(configFor(folder.resolve("data")), "--help");

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("admin fingerprint");
    }

    private Path configFor(Path dataPath) throws IOException {
        Path config = folder.resolve("grouprise.yaml");
        Files.writeString(config, "secret_key: \"a secret key for tests only, long enough\"\n"
            + "domain: grouprise.test\n" + "data_path: \"" + dataPath + "\"\n");
        return config;
    }

    private int run(Path config, String... args) {
        Map<String, String> environment = Map.of(ConfigLoader.ENVIRONMENT_VARIABLE, config.toString());
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), environment, folder).run(args);
    }
}
